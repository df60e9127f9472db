"""The references rules may cite, keyed by the fact sheet's tags.

A rule or alert must name at least one of these keys; the loaders refuse any other
value, so nothing reaches a member without a traceable source.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Source:
    tag: str
    citation: str
    verified: bool = True


_SOURCES = [
    Source("S9", "Institute of Medicine. Dietary Reference Intakes for Calcium and Vitamin D. 2011."),
    Source("S14", "LeBoff MS, et al. The clinician's guide to prevention and treatment of osteoporosis. 2022.", False),
    Source("S23", "Camacho PM, et al. AACE/ACE postmenopausal osteoporosis guidelines, 2020 update."),
    Source("S24", "Dowell D, et al. CDC Clinical Practice Guideline for Prescribing Opioids for Pain, 2022."),
    Source("S25", "NICE NG59. Low back pain and sciatica in over 16s: assessment and management. 2016/2020."),
    Source("S26", "AAOS. Treatment of symptomatic osteoporotic spinal compression fractures. Guideline, 2010."),
    Source("S27", "Qaseem A, et al. Noninvasive treatments for low back pain (ACP guideline). 2017."),
    Source("S28", "European Medicines Agency. Limiting long-term use of calcitonin medicines. 2012."),
    Source("S29", "Buchbinder R, et al. Vertebroplasty for painful osteoporotic vertebral fractures. NEJM 2009."),
    Source("S30", "Kallmes DF, et al. A randomized trial of vertebroplasty for osteoporotic fractures. NEJM 2009."),
    Source("S32", "Firanescu CE, et al. Vertebroplasty versus sham procedure (VERTOS IV). BMJ 2018."),
    Source("S33", "Buchbinder R, et al. Percutaneous vertebroplasty (Cochrane review). 2018."),
    Source("S34", "Wardlaw D, et al. Balloon kyphoplasty versus non-surgical care (FREE). Lancet 2009."),
    Source("S35", "Ebeling PR, et al. Efficacy and safety of vertebral augmentation (ASBMR task force). 2019."),
    Source("S36", "Sinaki M, et al. Stronger back muscles reduce the incidence of vertebral fractures. Bone 2002."),
    Source(
        "S38", "Eastell R, et al. Endocrine Society guideline on osteoporosis in postmenopausal women. 2019.", False
    ),
    Source("S39", "Endocrine Society guideline update on osteoporosis (romosozumab). 2020."),
    Source("S40", "Tsourdi E, et al. Denosumab discontinuation: ECTS position statement. 2021."),
    Source("S41", "Chou R, et al. Diagnosis and treatment of low back pain (ACP/APS guideline). 2007."),
    Source("S42", "American Geriatrics Society 2023 Beers Criteria update."),
    Source(
        "S43", "Lapi F, et al. Diuretics, ACE inhibitors/ARBs with NSAIDs and acute kidney injury. BMJ 2013.", False
    ),
    Source("S44", "US FDA. Drug safety communication on non-aspirin NSAIDs and heart attack or stroke. 2015.", False),
    Source("S45", "US FDA. Boxed warning for combined opioid and benzodiazepine use. 2016."),
    Source("S46", "Dowell D, et al. CDC Guideline for Prescribing Opioids for Chronic Pain, 2016."),
    Source("S47", "Khan AA, et al. Osteonecrosis of the jaw: international consensus. 2015."),
    Source("S48", "Ostelo RWJG, et al. Interpreting change scores for pain in low back pain. Spine 2008."),
    # The fact sheet gives no primary reference for these two kinds of statement; they are
    # shown with a "discuss with your clinician" caveat.
    Source("LABEL", "US prescribing information (product label), as summarised in our fact sheet; not re-read.", False),
    Source("COMMON", "Commonly given advice with no verified citation in our fact sheet.", False),
]

SOURCES: dict[str, Source] = {source.tag: source for source in _SOURCES}


class SourceError(ValueError):
    """A rule names no source, or one we do not know."""


def checked_sources(owner: str, tags: tuple[str, ...]) -> tuple[str, ...]:
    """Return ``tags`` if they are a non-empty list of known sources, else refuse to load ``owner``."""
    if not tags:
        raise SourceError(f"{owner} has no source; every rule must cite at least one.")
    unknown = [tag for tag in tags if tag not in SOURCES]
    if unknown:
        raise SourceError(f"{owner} cites unknown source(s): {', '.join(unknown)}.")
    return tags


def citation(tag: str) -> str:
    return SOURCES[tag].citation

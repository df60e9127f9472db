"""Structured references for the starter articles, taken from the project's fact
sheet (``docs/clinical-facts.md`` in the shared docs).  Keys are the sheet's [Sx]
tags; identifiers the sheet marks as recalled rather than checked are left out."""

# Page ranges use the en dash, as citations are printed.
# ruff: noqa: RUF001

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Ref:
    authors: str
    title: str
    source: str
    year: int
    doi: str = ""
    pmid: str = ""
    url: str = ""


REFERENCES: dict[str, Ref] = {
    "S9": Ref(
        "Institute of Medicine",
        "Dietary Reference Intakes for Calcium and Vitamin D",
        "National Academies Press",
        2011,
        doi="10.17226/13050",
    ),
    "S20": Ref(
        "Melton LJ 3rd",
        "Epidemiology of spinal osteoporosis",
        "Spine 22(24 Suppl):2S–11S",
        1997,
        doi="10.1097/00007632-199712151-00002",
    ),
    "S21": Ref(
        "Old JL, Calvert M",
        "Vertebral compression fractures in the elderly",
        "American Family Physician 69(1):111–116",
        2004,
    ),
    "S23": Ref(
        "Camacho PM, Petak SM, Binkley N, et al.",
        "AACE/ACE Clinical Practice Guidelines for the Diagnosis and Treatment of Postmenopausal Osteoporosis "
        "— 2020 Update",
        "Endocrine Practice 26(Suppl 1):1–46",
        2020,
    ),
    "S24": Ref(
        "Dowell D, et al.",
        "CDC Clinical Practice Guideline for Prescribing Opioids for Pain — United States, 2022",
        "MMWR Recommendations and Reports 71(RR-3):1–95",
        2022,
    ),
    "S25": Ref(
        "National Institute for Health and Care Excellence (NICE)",
        "Low back pain and sciatica in over 16s: assessment and management (NG59)",
        "NICE guideline, updated 11 December 2020",
        2016,
        url="https://www.nice.org.uk/guidance/ng59",
    ),
    "S26": Ref(
        "Esses SI, et al. (American Academy of Orthopaedic Surgeons)",
        "The treatment of symptomatic osteoporotic spinal compression fractures",
        "Journal of the American Academy of Orthopaedic Surgeons 19(3):176–182",
        2011,
        doi="10.5435/00124635-201103000-00007",
        pmid="21368099",
    ),
    "S27": Ref(
        "Qaseem A, Wilt TJ, McLean RM, Forciea MA",
        "Noninvasive treatments for acute, subacute, and chronic low back pain: a clinical practice guideline "
        "from the American College of Physicians",
        "Annals of Internal Medicine 166(7):514–530",
        2017,
    ),
    "S28": Ref(
        "European Medicines Agency",
        "European Medicines Agency recommends limiting long-term use of calcitonin medicines",
        "EMA press release, 20 July 2012",
        2012,
        url="https://www.ema.europa.eu/en/news/european-medicines-agency-recommends-limiting-long-term-use-calcitonin-medicines",
    ),
    "S29": Ref(
        "Buchbinder R, Osborne RH, Ebeling PR, et al.",
        "A randomized trial of vertebroplasty for painful osteoporotic vertebral fractures",
        "New England Journal of Medicine 361(6):557–568",
        2009,
    ),
    "S30": Ref(
        "Kallmes DF, Comstock BA, Heagerty PJ, et al.",
        "A randomized trial of vertebroplasty for osteoporotic spinal fractures",
        "New England Journal of Medicine 361(6):569–579",
        2009,
    ),
    "S31": Ref(
        "Klazen CAH, et al.",
        "Vertebroplasty versus conservative treatment in acute osteoporotic vertebral compression fractures "
        "(Vertos II): an open-label randomised trial",
        "Lancet 376(9746):1085–1092",
        2010,
        doi="10.1016/S0140-6736(10)60954-3",
        pmid="20701962",
    ),
    "S32": Ref(
        "Firanescu CE, de Vries J, Lodder P, et al.",
        "Vertebroplasty versus sham procedure for painful acute osteoporotic vertebral compression fractures "
        "(VERTOS IV): randomised sham controlled clinical trial",
        "BMJ 361:k1551",
        2018,
        doi="10.1136/bmj.k1551",
    ),
    "S33": Ref(
        "Buchbinder R, Johnston RV, Rischin KJ, et al.",
        "Percutaneous vertebroplasty for osteoporotic vertebral compression fracture",
        "Cochrane Database of Systematic Reviews (11):CD006349",
        2018,
        doi="10.1002/14651858.CD006349.pub4",
        pmid="30399208",
    ),
    "S34": Ref(
        "Wardlaw D, Cummings SR, Van Meirhaeghe J, et al.",
        "Efficacy and safety of balloon kyphoplasty compared with non-surgical care for vertebral compression "
        "fracture (FREE): a randomised controlled trial",
        "Lancet 373(9668):1016–1024",
        2009,
        doi="10.1016/S0140-6736(09)60010-6",
    ),
    "S35": Ref(
        "Ebeling PR, Akesson K, Bauer DC, et al.",
        "The efficacy and safety of vertebral augmentation: a second ASBMR Task Force report",
        "Journal of Bone and Mineral Research 34(1):3–21",
        2019,
        doi="10.1002/jbmr.3653",
        pmid="30677181",
    ),
    "S36": Ref(
        "Sinaki M, Itoi E, Wahner HW, et al.",
        "Stronger back muscles reduce the incidence of vertebral fractures: a prospective 10 year follow-up of "
        "postmenopausal women",
        "Bone 30(6):836–841",
        2002,
        pmid="12052450",
    ),
    "S37": Ref(
        "Klazen CAH, et al.",
        "Percutaneous vertebroplasty is not a risk factor for new osteoporotic compression fractures: results "
        "from VERTOS II",
        "American Journal of Neuroradiology 31(8):1447–1450",
        2010,
    ),
    "S38": Ref(
        "Eastell R, et al.",
        "Pharmacological management of osteoporosis in postmenopausal women: an Endocrine Society clinical "
        "practice guideline",
        "Journal of Clinical Endocrinology & Metabolism 104(5):1595–1622",
        2019,
    ),
    "S39": Ref(
        "Shoback D, et al.",
        "Pharmacological management of osteoporosis in postmenopausal women: an Endocrine Society guideline update",
        "Journal of Clinical Endocrinology & Metabolism 105(3):587–594",
        2020,
    ),
    "S40": Ref(
        "Anastasilakis AD, et al.",
        "Denosumab discontinuation and the rebound phenomenon: a narrative review",
        "Journal of Clinical Medicine 10(1):152",
        2021,
        pmid="33406802",
    ),
    "S41": Ref(
        "Chou R, Qaseem A, Snow V, et al.",
        "Diagnosis and treatment of low back pain: a joint clinical practice guideline from the American College "
        "of Physicians and the American Pain Society",
        "Annals of Internal Medicine 147(7):478–491",
        2007,
    ),
    "S42": Ref(
        "American Geriatrics Society Beers Criteria Update Expert Panel",
        "American Geriatrics Society 2023 updated AGS Beers Criteria for potentially inappropriate medication "
        "use in older adults",
        "Journal of the American Geriatrics Society 71(7):2052–2081",
        2023,
        doi="10.1111/jgs.18372",
    ),
    "S45": Ref(
        "US Food and Drug Administration",
        "FDA requires strongest warning for combined use of opioid pain or cough medicines and benzodiazepines",
        "FDA Drug Safety Communication, 31 August 2016",
        2016,
    ),
    "S47": Ref(
        "Khan AA, Morrison A, Hanley DA, et al.",
        "Diagnosis and management of osteonecrosis of the jaw: a systematic review and international consensus",
        "Journal of Bone and Mineral Research 30(1):3–23",
        2015,
    ),
}

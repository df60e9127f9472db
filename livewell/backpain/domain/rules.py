"""The treatment-guide rules of fact sheet §4.4, with their ids, sources and evidence.

Each rule's ``when`` returns the reason it applies to this person, or ``None``.
"""

from __future__ import annotations

from collections.abc import Callable

from livewell.backpain.domain.inputs import Duration
from livewell.backpain.domain.medicines import DrugClass
from livewell.backpain.domain.rule_types import (
    DISCUSS_NOTE,
    GROUP_TITLES,
    Group,
    GuideFacts,
    Kind,
    Reason,
    Rule,
    RuleBook,
)

__all__ = ["DISCUSS_NOTE", "GROUP_TITLES", "RULES", "Group", "GuideFacts", "Kind", "Rule", "RuleBook"]

C = DrugClass


def _joined(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def _symptoms(rule_id: str) -> Reason:
    def reason(f: GuideFacts) -> str | None:
        found = f.symptoms_for(rule_id)
        return "You reported: " + "; ".join(s[0].lower() + s[1:] for s in found) + "." if found else None

    return reason


def _always(text: str) -> Reason:
    return lambda f: text


def _if(condition: Callable[[GuideFacts], bool], text: str | Callable[[GuideFacts], str]) -> Reason:
    def reason(f: GuideFacts) -> str | None:
        if not condition(f):
            return None
        return text(f) if callable(text) else text

    return reason


def _newfx(f: GuideFacts) -> str | None:
    reasons = f.new_vcf_risk()
    return f"Your pain started suddenly and {_joined(reasons)}." if reasons else None


def _nsaid_no(f: GuideFacts) -> str | None:
    blockers = f.nsaid_blockers()
    return f"Because {_joined(blockers)}." if blockers else None


def _pt(f: GuideFacts) -> str | None:
    if f.input.duration is not Duration.ACUTE:
        return f"Your pain is {f.input.duration.value}."
    weeks = f.input.weeks_since_onset
    return f"Your pain began {weeks} weeks ago." if weeks is not None and weeks >= 2 else None


def _aug_disc(f: GuideFacts) -> str | None:
    if not f.vcf:
        return None
    if f.input.hospitalised_for_pain:
        return "You have a spine fracture and needed hospital care for the pain."
    weeks = f.input.weeks_since_onset
    lasting = f.input.duration is not Duration.ACUTE or (weeks is not None and weeks > 3)
    if f.input.pain >= 7 and lasting:
        return "Your fracture pain is still severe after more than 3 weeks."
    return None


def _anab(f: GuideFacts) -> str | None:
    i = f.input
    if i.vcf_count >= 2:
        return f"You have had {i.vcf_count} spine fractures."
    if i.vcf_count >= 1 and i.months_since_fracture is not None and i.months_since_fracture <= 12:
        return "You had a spine fracture in the past 12 months."
    if i.fracture_on_treatment:
        return "You broke a bone while on osteoporosis treatment."
    return None


def _fall(f: GuideFacts) -> str | None:
    if f.input.patient.fall_risk:
        return "You told us you are at risk of falling."
    if f.age >= 65 and f.sedatives():
        return "You are 65 or over and take an opioid or a benzodiazepine."
    # Our addition (reconciles test vector T4): a fragility fracture at 65+ usually follows a fall.
    if f.age >= 65 and f.prior_fx:
        return "You are 65 or over and have broken a bone before."
    return None


def _newvcf_or_prior(f: GuideFacts) -> str | None:
    if f.prior_fx:
        return "You have broken a bone after a minor injury, which itself points to osteoporosis."
    if f.new_vcf_risk():
        return "A new spine fracture is suspected; a spine fracture itself means osteoporosis."
    return None


def _smr(f: GuideFacts) -> bool:
    return f.age < 65 and f.input.duration is Duration.ACUTE and not f.sedatives()


RULES = RuleBook(
    [
        Rule(
            "RF-CES",
            Group.URGENT,
            Kind.URGENT,
            "Get emergency care now",
            "These signs can mean pressure on the nerves at the base of the spine (cauda equina) or on the spinal "
            "cord. Call your local emergency number or go to an emergency department now.",
            "Red flag (NICE NG59; ACP/APS 2007)",
            ("S25", "S41"),
            _symptoms("RF-CES"),
        ),
        Rule(
            "RF-NEURO",
            Group.URGENT,
            Kind.URGENT,
            "Get an urgent assessment today",
            "Worsening weakness or spreading numbness needs to be checked the same day.",
            "Red flag (NICE NG59; ACP/APS 2007)",
            ("S25", "S41"),
            _symptoms("RF-NEURO"),
        ),
        Rule(
            "RF-INF",
            Group.URGENT,
            Kind.URGENT,
            "Get an urgent assessment today",
            "Back pain with these signs can come from an infection in the spine and needs to be checked the same day.",
            "Red flag (NICE NG59; ACP/APS 2007)",
            ("S25", "S41"),
            _symptoms("RF-INF"),
        ),
        Rule(
            "RF-CA",
            Group.URGENT,
            Kind.URGENT,
            "See a clinician promptly",
            "Back pain with these signs should be checked for other causes, including cancer. Contact your clinician "
            "now and aim to be seen within a day or two.",
            "Red flag (NICE NG59; ACP/APS 2007); the timing is our suggestion",
            ("S25", "S41"),
            _symptoms("RF-CA"),
            unverified=True,
        ),
        Rule(
            "RF-TRAUMA",
            Group.URGENT,
            Kind.URGENT,
            "Get emergency care now",
            "Back pain after a major injury needs an emergency assessment.",
            "Red flag (NICE NG59)",
            ("S25",),
            _symptoms("RF-TRAUMA"),
        ),
        Rule(
            "RF-NEWFX",
            Group.URGENT,
            Kind.DISCUSS,
            "See your clinician within days: a new spine fracture is possible",
            "Sudden back pain in someone with fragile bones can be a new compression fracture. Ask for an appointment "
            "in the next few days; an X-ray can show it.",
            "Imaging advised when fracture risk factors are present (ACP/APS 2007)",
            ("S41",),
            _newfx,
        ),
        Rule(
            "M-ACTIVE",
            Group.SELF_CARE,
            Kind.GUIDANCE,
            "Keep moving within your pain limits",
            "Stay as active as the pain allows, take short rests only, and avoid long spells in bed.",
            "Guideline advice (NICE NG59); AAOS 2010 made no recommendation for or against bed rest",
            ("S25", "S26"),
            _always("Staying active helps almost everyone with back pain."),
        ),
        Rule(
            "B-EX2",
            Group.SELF_CARE,
            Kind.GUIDANCE,
            "Avoid bending and twisting under load",
            "Sit-ups, toe touches, twisting and heavy lifting put the front of the spine under strain.",
            "Common advice; no verified citation",
            ("COMMON",),
            _if(lambda f: f.input.known_op or f.prior_fx, "You have osteoporosis or an earlier fracture."),
            unverified=True,
        ),
        Rule(
            "B-FALL",
            Group.SELF_CARE,
            Kind.GUIDANCE,
            "Prevent falls",
            "Clear trip hazards, light your way at night, wear steady shoes, and ask for a review of medicines that "
            "make you drowsy.",
            "Beers Criteria 2023",
            ("S42",),
            _fall,
        ),
        Rule(
            "M-PARA",
            Group.MEDICINES,
            Kind.DISCUSS,
            "Acetaminophen (paracetamol) as a first option",
            "A common, low-risk first step, though trials have not shown it works well for back pain on its own. Keep "
            "to 3 g a day at most if you are 65 or over, have liver disease or drink alcohol (the label maximum is "
            "4 g a day).",
            "Option without proven benefit: NICE NG59 advises against paracetamol alone for low back pain",
            ("S25", "S27"),
            _always("It is the usual first painkiller to ask about."),
            unverified=True,
        ),
        Rule(
            "M-NSAID",
            Group.MEDICINES,
            Kind.DISCUSS,
            "A short course of an anti-inflammatory painkiller (NSAID)",
            "If you want a medicine, a short NSAID course such as ibuprofen or naproxen, at the lowest dose, with "
            "food, is an option; check back with your clinician if you need it for more than 7 to 10 days.",
            "Strong recommendation, moderate-quality evidence (ACP 2017)",
            ("S27",),
            _if(lambda f: not f.nsaid_blockers(), "None of the usual reasons to avoid NSAIDs applies to you."),
        ),
        Rule(
            "M-NSAID-NO",
            Group.MEDICINES,
            Kind.SAFETY,
            "Do not take anti-inflammatory painkillers (NSAIDs) without advice",
            "Ibuprofen, naproxen, diclofenac and similar medicines carry extra risk for you. See the medicine alerts.",
            "Safety (Beers Criteria 2023)",
            ("S42", "S43"),
            _nsaid_no,
        ),
        Rule(
            "M-CALCIT",
            Group.MEDICINES,
            Kind.DISCUSS,
            "Ask about short-term calcitonin",
            "Ask your clinician whether calcitonin for up to 4 weeks suits you. It should never be used for longer "
            "because of a small cancer risk.",
            "Moderate recommendation for the first 4 weeks (AAOS 2010); restricted by the EMA (2012)",
            ("S26", "S28"),
            _if(
                lambda f: f.input.duration is Duration.ACUTE and f.input.pain >= 7,
                "Your pain is recent and severe.",
            ),
        ),
        Rule(
            "M-OPIOID",
            Group.MEDICINES,
            Kind.DISCUSS,
            "Ask whether a short opioid course is right",
            "Your clinician may consider a few days of an immediate-release opioid, with a laxative and care to "
            "avoid falls.",
            "Clinician decision (CDC 2022)",
            ("S24",),
            _if(
                lambda f: f.input.pain >= 7 and f.input.non_opioid_tried,
                "Your pain is still severe after other painkillers.",
            ),
        ),
        Rule(
            "M-SMR-NO",
            Group.MEDICINES,
            Kind.AVOID,
            "Avoid muscle relaxants",
            "Cyclobenzaprine, methocarbamol, carisoprodol and similar medicines are poorly tolerated at 65 or over: "
            "they cause drowsiness, confusion and falls.",
            "Avoid: Beers Criteria 2023, strong recommendation",
            ("S42",),
            _if(lambda f: f.age >= 65, lambda f: f"You are {f.age}."),
        ),
        Rule(
            "M-SMR",
            Group.MEDICINES,
            Kind.DISCUSS,
            "A muscle relaxant is an option to ask about",
            "For recent back pain your clinician may offer a muscle relaxant for a short time; they can make you "
            "drowsy.",
            "Strong recommendation, moderate-quality evidence (ACP 2017)",
            ("S27",),
            _if(_smr, "Your pain is recent, you are under 65 and you take no opioid or sedative."),
        ),
        Rule(
            "M-PT",
            Group.THERAPY,
            Kind.GUIDANCE,
            "Physical therapy and back-strengthening exercise",
            "A physical therapist can teach back-extensor strengthening, posture and balance exercises.",
            "May improve mobility and pain (ASBMR 2019); back-extensor training study (Sinaki 2002)",
            ("S35", "S36"),
            _pt,
        ),
        Rule(
            "M-BRACE",
            Group.THERAPY,
            Kind.INFO,
            "Back braces: evidence is unclear",
            "It is not known whether a brace helps after a spine fracture; discuss it if you are thinking about one.",
            "Evidence unclear (ASBMR 2019; AAOS 2010 inconclusive)",
            ("S35", "S26"),
            _if(lambda f: f.vcf, "You have, or may have, a spine fracture."),
        ),
        Rule(
            "M-AUG-NO",
            Group.PROCEDURES,
            Kind.INFO,
            "Vertebroplasty is not recommended",
            "Injecting cement into a fractured vertebra did no better than a sham procedure in blinded trials.",
            "Strong recommendation against (AAOS 2010); no important benefit in sham-controlled trials (Cochrane 2018)",
            ("S26", "S29", "S30", "S32", "S33", "S35"),
            _if(lambda f: f.vcf, "You have, or may have, a spine fracture."),
        ),
        Rule(
            "M-AUG-DISC",
            Group.PROCEDURES,
            Kind.DISCUSS,
            "Ask about seeing a spine specialist",
            "When fracture pain stays severe, a specialist can discuss options; the evidence for kyphoplasty is "
            "limited and comes from open-label trials.",
            "Limited evidence (FREE 2009; ASBMR 2019); the 3-week trigger is our choice",
            ("S34", "S35"),
            _aug_disc,
        ),
        Rule(
            "B-TREAT",
            Group.BONE_HEALTH,
            Kind.DISCUSS,
            "Ask about osteoporosis medicine",
            "Ask whether a bone-strengthening medicine such as a bisphosphonate or denosumab is right for you.",
            "First-line treatment in guidelines (Endocrine Society 2019; AACE/ACE 2020)",
            ("S23", "S38"),
            _newvcf_or_prior,
        ),
        Rule(
            "B-ANAB",
            Group.BONE_HEALTH,
            Kind.DISCUSS,
            "Ask about bone-building medicine first",
            "Ask whether starting with a bone-building medicine (teriparatide, abaloparatide or romosozumab) suits "
            "you.",
            "Option for very high fracture risk (AACE/ACE 2020)",
            ("S23",),
            _anab,
            unverified=True,
        ),
        Rule(
            "B-CAD",
            Group.BONE_HEALTH,
            Kind.GUIDANCE,
            "Check your calcium and vitamin D",
            "Compare what you get from food and supplements with your daily targets, without going over the upper "
            "limits.",
            "Dietary reference intakes (IOM 2011)",
            ("S9", "S14"),
            _if(lambda f: f.vcf or f.input.known_op, "You have osteoporosis or a spine fracture."),
        ),
        Rule(
            "B-DMAB",
            Group.BONE_HEALTH,
            Kind.SAFETY,
            "Do not stop or delay denosumab (Prolia)",
            "Keep to the 6-monthly injections. Stopping or a delay of more than 4 weeks without a follow-on plan can "
            "lead to rapid bone loss and several spine fractures.",
            "Safety (ECTS position statement 2021)",
            ("S40",),
            _if(lambda f: f.meds.has(C.DENOSUMAB), "You take denosumab."),
        ),
        Rule(
            "B-STER",
            Group.BONE_HEALTH,
            Kind.DISCUSS,
            "Ask about protecting your bones while on steroids",
            "Steroid tablets thin the bones; ask your clinician whether you need bone protection.",
            "Guideline topic (AACE/ACE 2020)",
            ("S23",),
            _if(lambda f: f.steroids, "You take steroid medicine."),
            unverified=True,
        ),
    ]
)

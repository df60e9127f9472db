"""Medicine names, their classes and opioid dose factors (fact sheet §5.1 and §5.3).

Members type a generic or a brand name; we match case-insensitively on the generic
(the RxNorm-ingredient idea in §5.3) with brands as aliases.  Brand names are from the
sheet, which marks them unverified against DailyMed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class DrugClass(StrEnum):
    NSAID = "nsaid"
    OPIOID = "opioid"
    MUSCLE_RELAXANT = "muscle_relaxant"
    BISPHOSPHONATE = "bisphosphonate"
    DENOSUMAB = "denosumab"
    ROMOSOZUMAB = "romosozumab"
    OTHER_BONE = "other_bone"
    CALCITONIN = "calcitonin"
    ANTICOAGULANT = "anticoagulant"
    ANTIPLATELET = "antiplatelet"
    SSRI_SNRI = "ssri_snri"
    CORTICOSTEROID = "corticosteroid"
    ACEI_ARB = "acei_arb"
    DIURETIC = "diuretic"
    BENZODIAZEPINE = "benzodiazepine"
    GABAPENTINOID = "gabapentinoid"
    ACETAMINOPHEN = "acetaminophen"
    CALCIUM = "calcium"
    IRON = "iron"
    ANTACID = "antacid"


CLASS_LABELS: dict[DrugClass, str] = {
    DrugClass.NSAID: "Anti-inflammatory painkiller (NSAID)",
    DrugClass.OPIOID: "Opioid painkiller",
    DrugClass.MUSCLE_RELAXANT: "Muscle relaxant",
    DrugClass.BISPHOSPHONATE: "Bisphosphonate (bone medicine)",
    DrugClass.DENOSUMAB: "Denosumab (bone medicine)",
    DrugClass.ROMOSOZUMAB: "Romosozumab (bone-building medicine)",
    DrugClass.OTHER_BONE: "Other bone medicine",
    DrugClass.CALCITONIN: "Calcitonin",
    DrugClass.ANTICOAGULANT: "Blood thinner (anticoagulant)",
    DrugClass.ANTIPLATELET: "Antiplatelet medicine",
    DrugClass.SSRI_SNRI: "Antidepressant (SSRI/SNRI)",
    DrugClass.CORTICOSTEROID: "Steroid tablet (corticosteroid)",
    DrugClass.ACEI_ARB: "Blood-pressure medicine (ACE inhibitor or ARB)",
    DrugClass.DIURETIC: "Water tablet (diuretic)",
    DrugClass.BENZODIAZEPINE: "Benzodiazepine (sedative)",
    DrugClass.GABAPENTINOID: "Gabapentinoid (nerve-pain medicine)",
    DrugClass.ACETAMINOPHEN: "Acetaminophen (paracetamol)",
    DrugClass.CALCIUM: "Calcium supplement",
    DrugClass.IRON: "Iron supplement",
    DrugClass.ANTACID: "Antacid",
}


@dataclass(frozen=True)
class Drug:
    generic: str
    classes: frozenset[DrugClass]
    brands: tuple[str, ...] = ()
    # CDC 2022 morphine-milligram-equivalent factor per unit of daily dose [S24].
    mme_factor: float | None = None
    dose_unit: str = "mg/day"
    oral: bool = True

    @property
    def label(self) -> str:
        return self.generic


def _drug(
    generic: str,
    *classes: DrugClass,
    brands: tuple[str, ...] = (),
    mme: float | None = None,
    unit: str = "mg/day",
    oral: bool = True,
) -> Drug:
    return Drug(generic, frozenset(classes), brands, mme, unit, oral)


C = DrugClass
DRUGS: tuple[Drug, ...] = (
    # NSAIDs (§5.3).  Aspirin's class depends on its dose: see classes_of().
    _drug("ibuprofen", C.NSAID, brands=("Advil", "Motrin")),
    _drug("naproxen", C.NSAID, brands=("Aleve", "Naprosyn")),
    _drug("diclofenac", C.NSAID, brands=("Voltaren", "Cambia", "Zipsor")),
    _drug("celecoxib", C.NSAID, brands=("Celebrex",)),
    _drug("meloxicam", C.NSAID, brands=("Mobic",)),
    _drug("ketorolac", C.NSAID, brands=("Toradol",)),
    _drug("aspirin", C.NSAID, brands=("Bayer", "Ecotrin")),
    _drug("low-dose aspirin", C.ANTIPLATELET),
    # Opioids with CDC 2022 MME factors [S24]; fentanyl patches are dosed in µg/h.
    _drug("oxycodone", C.OPIOID, brands=("OxyContin", "Roxicodone"), mme=1.5),
    _drug("hydrocodone", C.OPIOID, brands=("Hysingla",), mme=1.0),
    _drug("tramadol", C.OPIOID, brands=("Ultram",), mme=0.2),
    _drug("morphine", C.OPIOID, brands=("MS Contin",), mme=1.0),
    _drug("codeine", C.OPIOID, mme=0.15),
    _drug("tapentadol", C.OPIOID, brands=("Nucynta",), mme=0.4),
    _drug("hydromorphone", C.OPIOID, brands=("Dilaudid",), mme=5.0),
    _drug("methadone", C.OPIOID, mme=4.7),
    _drug("oxymorphone", C.OPIOID, mme=3.0),
    _drug("fentanyl patch", C.OPIOID, brands=("Duragesic", "fentanyl"), mme=2.4, unit="µg/h", oral=False),
    # Muscle relaxants.
    _drug("cyclobenzaprine", C.MUSCLE_RELAXANT, brands=("Flexeril", "Amrix")),
    _drug("methocarbamol", C.MUSCLE_RELAXANT, brands=("Robaxin",)),
    _drug("carisoprodol", C.MUSCLE_RELAXANT, brands=("Soma",)),
    _drug("metaxalone", C.MUSCLE_RELAXANT, brands=("Skelaxin",)),
    _drug("tizanidine", C.MUSCLE_RELAXANT, brands=("Zanaflex",)),
    _drug("baclofen", C.MUSCLE_RELAXANT, brands=("Lioresal",)),
    _drug("orphenadrine", C.MUSCLE_RELAXANT, brands=("Norflex",)),
    _drug("chlorzoxazone", C.MUSCLE_RELAXANT),
    # Bone medicines.
    _drug("alendronate", C.BISPHOSPHONATE, brands=("Fosamax", "Binosto")),
    _drug("risedronate", C.BISPHOSPHONATE, brands=("Actonel", "Atelvia")),
    _drug("ibandronate", C.BISPHOSPHONATE, brands=("Boniva",)),
    _drug("zoledronic acid", C.BISPHOSPHONATE, brands=("Reclast", "Zometa"), oral=False),
    _drug("denosumab", C.DENOSUMAB, brands=("Prolia", "Xgeva"), oral=False),
    _drug("teriparatide", C.OTHER_BONE, brands=("Forteo",), oral=False),
    _drug("abaloparatide", C.OTHER_BONE, brands=("Tymlos",), oral=False),
    _drug("romosozumab", C.ROMOSOZUMAB, brands=("Evenity",), oral=False),
    _drug("raloxifene", C.OTHER_BONE, brands=("Evista",)),
    _drug("calcitonin", C.CALCITONIN, brands=("Miacalcin",), oral=False),
    # Blood thinners.
    _drug("warfarin", C.ANTICOAGULANT, brands=("Coumadin", "Jantoven")),
    _drug("apixaban", C.ANTICOAGULANT, brands=("Eliquis",)),
    _drug("rivaroxaban", C.ANTICOAGULANT, brands=("Xarelto",)),
    _drug("dabigatran", C.ANTICOAGULANT, brands=("Pradaxa",)),
    _drug("edoxaban", C.ANTICOAGULANT, brands=("Savaysa",)),
    _drug("clopidogrel", C.ANTIPLATELET, brands=("Plavix",)),
    _drug("prasugrel", C.ANTIPLATELET, brands=("Effient",)),
    _drug("ticagrelor", C.ANTIPLATELET, brands=("Brilinta",)),
    # Antidepressants.
    _drug("sertraline", C.SSRI_SNRI, brands=("Zoloft",)),
    _drug("fluoxetine", C.SSRI_SNRI, brands=("Prozac",)),
    _drug("citalopram", C.SSRI_SNRI, brands=("Celexa",)),
    _drug("escitalopram", C.SSRI_SNRI, brands=("Lexapro",)),
    _drug("paroxetine", C.SSRI_SNRI, brands=("Paxil",)),
    _drug("duloxetine", C.SSRI_SNRI, brands=("Cymbalta",)),
    _drug("venlafaxine", C.SSRI_SNRI, brands=("Effexor",)),
    # Steroids.
    _drug("prednisone", C.CORTICOSTEROID, brands=("Deltasone", "Rayos")),
    _drug("methylprednisolone", C.CORTICOSTEROID, brands=("Medrol",)),
    _drug("dexamethasone", C.CORTICOSTEROID),
    # Blood pressure and water tablets.
    _drug("lisinopril", C.ACEI_ARB, brands=("Zestril", "Prinivil")),
    _drug("enalapril", C.ACEI_ARB, brands=("Vasotec",)),
    _drug("losartan", C.ACEI_ARB, brands=("Cozaar",)),
    _drug("valsartan", C.ACEI_ARB, brands=("Diovan",)),
    _drug("furosemide", C.DIURETIC, brands=("Lasix",)),
    _drug("hydrochlorothiazide", C.DIURETIC, brands=("Microzide", "HCTZ")),
    _drug("chlorthalidone", C.DIURETIC),
    # Sedatives and nerve-pain medicines.
    _drug("alprazolam", C.BENZODIAZEPINE, brands=("Xanax",)),
    _drug("lorazepam", C.BENZODIAZEPINE, brands=("Ativan",)),
    _drug("diazepam", C.BENZODIAZEPINE, brands=("Valium",)),
    _drug("clonazepam", C.BENZODIAZEPINE, brands=("Klonopin",)),
    _drug("temazepam", C.BENZODIAZEPINE, brands=("Restoril",)),
    _drug("gabapentin", C.GABAPENTINOID, brands=("Neurontin",)),
    _drug("pregabalin", C.GABAPENTINOID, brands=("Lyrica",)),
    _drug("acetaminophen", C.ACETAMINOPHEN, brands=("Tylenol", "paracetamol")),
    # Supplements that matter for the calcium limit and for taking bisphosphonates [S9].
    _drug("calcium", C.CALCIUM, brands=("calcium carbonate", "calcium citrate")),
    _drug("iron", C.IRON, brands=("ferrous sulfate", "ferrous gluconate")),
    _drug("antacid", C.ANTACID, brands=("aluminium hydroxide", "aluminum hydroxide", "magnesium hydroxide")),
)

BY_GENERIC: dict[str, Drug] = {drug.generic: drug for drug in DRUGS}

# Combination products: one brand, two ingredients (§5.3).
COMBINATIONS: dict[str, tuple[str, ...]] = {
    "percocet": ("oxycodone", "acetaminophen"),
    "norco": ("hydrocodone", "acetaminophen"),
    "vicodin": ("hydrocodone", "acetaminophen"),
    "tylenol #3": ("codeine", "acetaminophen"),
    "tylenol 3": ("codeine", "acetaminophen"),
}

# Muscle relaxants in the Beers list (A-SMR-65 [S42]); tizanidine and baclofen are excluded there.
BEERS_RELAXANTS = frozenset(
    {"carisoprodol", "cyclobenzaprine", "methocarbamol", "metaxalone", "orphenadrine", "chlorzoxazone"}
)
# Bisphosphonates with the CrCl < 35 cut-off (A-BP-CKD) and the < 30 one (A-BP-CKD2); labels, unverified.
BP_CKD_35 = frozenset({"alendronate", "zoledronic acid"})
BP_CKD_30 = frozenset({"risedronate", "ibandronate"})

# Aspirin above this daily dose counts as an NSAID for the bleeding alerts (A-NS-ANTICOAG).
ASPIRIN_NSAID_ABOVE_MG = 325.0


def _key(name: str) -> str:
    return re.sub(r"\s+", " ", name.strip().lower())


_INDEX: dict[str, tuple[str, ...]] = {}
for _d in DRUGS:
    _INDEX[_key(_d.generic)] = (_d.generic,)
    for _brand in _d.brands:
        _INDEX[_key(_brand)] = (_d.generic,)
_INDEX.update({_key(name): generics for name, generics in COMBINATIONS.items()})
_INDEX[_key("paracetamol")] = ("acetaminophen",)
_INDEX[_key("baby aspirin")] = ("low-dose aspirin",)


def resolve(name: str) -> tuple[str, ...]:
    """The generic ingredient(s) behind a generic, brand or combination name; () if unknown."""
    key = _key(name)
    if key in _INDEX:
        return _INDEX[key]
    # Tolerate strength or form after the name ("ibuprofen 200 mg tablets").
    words = key.split(" ")
    for length in range(len(words) - 1, 0, -1):
        found = _INDEX.get(" ".join(words[:length]))
        if found:
            return found
    return ()


def known_names() -> list[str]:
    """Every name we recognise, for autocomplete lists and help text."""
    names = {d.generic for d in DRUGS}
    names.update(brand for d in DRUGS for brand in d.brands)
    names.update(name.title() for name in COMBINATIONS)
    return sorted(names, key=str.lower)


def classes_of(generic: str, daily_dose: float | None = None) -> frozenset[DrugClass]:
    drug = BY_GENERIC[generic]
    if generic == "aspirin" and daily_dose is not None and daily_dose <= ASPIRIN_NSAID_ABOVE_MG:
        return frozenset({DrugClass.ANTIPLATELET})
    return drug.classes


def daily_mme(generic: str, daily_dose: float | None) -> float:
    """Morphine milligram equivalents per day for one opioid (0 if not an opioid or dose unknown) [S24]."""
    factor = BY_GENERIC[generic].mme_factor
    if factor is None or daily_dose is None:
        return 0.0
    return daily_dose * factor

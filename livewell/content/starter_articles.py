"""The Back Pain Center's starter articles, written for livewell in plain language
for readers over 50.  Facts come from the project's fact sheet; each article lists
the [Sx] tags it cites, and "[n]" in the text points at the n-th of them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

VIDEO_SLOT: tuple[str, Any] = ("video_of_the_day", None)


def text(html: str) -> tuple[str, Any]:
    return ("text", html.strip())


def callout(kind: str, heading: str, html: str) -> tuple[str, Any]:
    return ("callout", {"kind": kind, "heading": heading, "text": html.strip()})


def key_facts(*facts: str, heading: str = "Key facts") -> tuple[str, Any]:
    return ("key_facts", {"heading": heading, "facts": list(facts)})


@dataclass(frozen=True)
class Hero:
    """An illustration from starter_media (drawn by scripts/content_make_illustrations.py)."""

    file: str
    alt: str
    caption: str


@dataclass(frozen=True)
class StarterArticle:
    slug: str
    title: str
    summary: str
    references: tuple[str, ...]
    body: tuple[tuple[str, Any], ...]
    related: tuple[str, ...]
    hero: Hero | None = None


WHY_FRACTURES = StarterArticle(
    slug="why-spine-fractures-happen",
    title="Why spine fractures happen with osteoporosis, and why they hurt",
    summary=(
        "Thin bones in the spine can crack under everyday loads. Here is how these fractures happen, "
        "why the spine can start to curve forward, and where the pain comes from."
    ),
    references=("S20", "S21", "S23", "S41"),
    body=(
        key_facts(
            "About one in four women past menopause has at least one spine fracture [1].",
            "A small strain, such as a sneeze or lifting a bag, can be enough to break a weak spine bone [2].",
            "A spine bone broken this way is itself a sign of osteoporosis, whatever a bone scan says [3].",
        ),
        text("""
<h2>A stack of small bones</h2>
<p>Your spine is a column of small, block-shaped bones called vertebrae, with soft discs between them.
Each vertebra has a hard outer shell and a honeycomb of bone inside. Osteoporosis thins that honeycomb
and the shell, so the bone becomes lighter and weaker without you feeling any change.</p>
<h2>How a weak spine bone breaks</h2>
<p>A healthy vertebra carries your body weight and much more. A vertebra weakened by osteoporosis can
crack under an everyday load: stepping down from the bath, a hard sneeze, lifting a bag of groceries or a
grandchild. Some of these fractures even happen in bed [2]. Doctors call them <em>compression
fractures</em> or <em>fragility fractures</em>, because the bone is squashed rather than smashed.</p>
<p>They are common. Counting methods differ, but roughly a quarter of women past menopause have at least one
[1]. Many people never notice the fracture when it happens; it turns up later on an x-ray taken for
something else.</p>
"""),
        text("""
<h2>The wedge shape and a rounded back</h2>
<p>The front part of a vertebra is usually the weakest, so it tends to collapse more than the back. The
bone ends up shaped like a wedge: thinner at the front, taller at the back. Doctors call this an
<em>anterior wedge fracture</em>.</p>
<p>One wedge tilts the spine forward a little. Several wedges, one above another, add up. The upper back
then curves forward into a rounded shape called <em>kyphosis</em>, and a person may lose height. Clothes
may fit differently, and looking straight ahead can take effort.</p>
"""),
        VIDEO_SLOT,
        text("""
<h2>Why it hurts</h2>
<p>Pain from these fractures has more than one source, which is why it can change over time.</p>
<ul>
<li><strong>The broken bone.</strong> A new fracture often causes sudden pain in the middle or lower back.
It is usually worse when standing, walking or twisting and eases when lying down. As the bone heals, this
pain usually settles over weeks to a few months.</li>
<li><strong>Tired, overworked muscles.</strong> When the spine curves forward, the muscles along the back
must work harder all day to hold you upright. Like any muscle kept tense for hours, they tire and ache.
This muscle pain can last after the bone has healed.</li>
<li><strong>Crowding.</strong> With marked kyphosis the lower ribs can come close to the hip bones, which
can be uncomfortable, and a bent posture can make breathing deeply or eating a large meal feel harder.</li>
</ul>
"""),
        callout(
            "warning",
            "New, sudden back pain? Get it checked",
            """
<p>If back pain starts suddenly and you have osteoporosis, have broken a bone before, take steroid tablets
or are 70 or older, see a clinician within a few days. An x-ray can show whether a spine bone has broken
[4].</p>
""",
        ),
        text("""
<h2>What a spine fracture means for the future</h2>
<p>A spine bone that breaks after a minor strain counts as a diagnosis of osteoporosis on its own, even if a
bone density scan is not in the osteoporosis range [3]. It also means more fractures are likely without
treatment. That is why it is worth asking your doctor about bone-strengthening medicine, about calcium and
vitamin D, and about exercises that are safe for you.</p>
"""),
    ),
    related=("back-pain-red-flags", "bone-strengthening-medicines", "exercise-and-physical-therapy"),
    hero=Hero(
        file="hero-wedge-fracture.png",
        alt=(
            "Diagram of two short stacks of spine bones seen from the side. In the left stack three bones are "
            "evenly shaped, with arrows pressing down from above. In the right stack the middle bone is "
            "squashed at the front into a wedge, with crack marks."
        ),
        caption="Left: healthy vertebrae carry everyday loads. Right: an anterior wedge fracture, lower at the front.",
    ),
)

RED_FLAGS = StarterArticle(
    slug="back-pain-red-flags",
    title="Back pain red flags: when to get help fast",
    summary=(
        "Most back pain is not an emergency. A few warning signs are. Here is what they are and how quickly "
        "to act on each."
    ),
    references=("S25", "S41", "S20"),
    body=(
        text("""
<p>Back pain is common and usually settles. Guidelines still ask clinicians to look for a short list of
warning signs, often called <em>red flags</em>, because they can point to a problem that needs treatment
quickly [1][2]. Knowing them helps you decide when to wait and when to act.</p>
"""),
        callout(
            "urgent",
            "Call your emergency number now if you have back pain and",
            """
<ul>
<li>you cannot pass urine, or you lose control of your bladder or bowels,</li>
<li>you have numbness between your legs, around your bottom or on your inner thighs (the area that touches a
saddle),</li>
<li>both legs feel weak or numb, or</li>
<li>the pain started after a major injury, such as a fall from a height or a car crash.</li>
</ul>
<p>These can be signs of pressure on the nerves at the bottom of the spinal cord or of a serious injury
[1][2].</p>
""",
        ),
        text("""
<h2>Get seen the same day</h2>
<ul>
<li><strong>Weakness or numbness that is spreading or getting worse</strong> in one leg or both [1][2].</li>
<li><strong>Fever or chills with back pain</strong>, or back pain when your immune system is weakened, after a
recent infection, or if you inject drugs. An infection of the spine needs quick treatment [1][2].</li>
</ul>
<h2>Get seen within a day or two</h2>
<ul>
<li>You have had cancer in the past.</li>
<li>You are losing weight without trying.</li>
<li>The pain does not ease at all when you rest, or it is worse at night.</li>
</ul>
<p>These signs do not mean cancer is likely, but they mean a clinician should look for it [1][2].</p>
"""),
        text("""
<h2>See a clinician within a few days</h2>
<p>If new back pain starts suddenly and you have osteoporosis, have broken a bone before, take steroid
tablets, or are 70 or older, a spine bone may have broken. Guidelines advise an x-ray in this situation
[2]. Spine fractures are common in older women and men [1][3], and knowing about one changes the advice you
will get, including about bone-strengthening medicine.</p>
"""),
        VIDEO_SLOT,
        key_facts(
            "Loss of bladder or bowel control, or numbness between the legs, with back pain: call for help now.",
            "Fever with back pain, or leg weakness that is getting worse: be seen the same day.",
            "Sudden new back pain with osteoporosis or after age 70: ask for a check within days.",
            heading="Remember",
        ),
    ),
    related=("why-spine-fractures-happen", "pain-medicines-and-side-effects"),
)

PAIN_MEDICINES = StarterArticle(
    slug="pain-medicines-and-side-effects",
    title="Medicines for back pain from a spine fracture, and their side effects",
    summary=(
        "Pain relief helps you keep moving while a spine fracture heals. Each medicine has trade-offs, and some "
        "matter more after 65. Here is what to ask about."
    ),
    references=("S25", "S27", "S26", "S28", "S42", "S24", "S45"),
    body=(
        text("""
<p>The aim of pain medicine after a spine fracture is to let you move, sleep and do daily tasks while the
bone heals. No medicine is right for everyone. Your age, kidneys, stomach, heart and the other medicines you
take all change what is safe, so use this page to prepare questions for your doctor or pharmacist.</p>
<h2>Acetaminophen (paracetamol, Tylenol)</h2>
<p>Many older adults start with acetaminophen because its side effects are few at normal doses. Be aware that
studies of general low back pain found it did little on its own [1][2], so it may not be enough. The main
danger is liver damage from taking too much. Many cold, flu and "PM" sleep products also contain it, so add
up every source and ask your pharmacist what daily limit is safe for you.</p>
<h2>Anti-inflammatory medicines (NSAIDs)</h2>
<p>Ibuprofen (Advil, Motrin) and naproxen (Aleve) are examples. For short-term back pain, a guideline from
the American College of Physicians suggests them when a medicine is wanted [2]. With age they become riskier:
they can cause stomach bleeding, harm the kidneys, raise blood pressure and the risk of heart attack or
stroke. Ask before taking them if you take a blood thinner, have had a stomach ulcer, have kidney or heart
disease, or take blood-pressure medicines together with a water pill [5]. If you do take one, use the lowest
dose for the shortest time, with food.</p>
"""),
        callout(
            "warning",
            "Check before you combine",
            """
<p>Opioid pain medicines together with benzodiazepines (such as lorazepam or diazepam, often taken for sleep
or anxiety) can slow breathing dangerously. The US Food and Drug Administration added its strongest warning
about this combination [7].</p>
""",
        ),
        text("""
<h2>Calcitonin</h2>
<p>Calcitonin is a hormone medicine. An orthopaedic guideline supported it for up to four weeks after a new
spine fracture to ease pain [3]. European regulators limited longer use because people who took it for a
long time had a slightly higher rate of cancer [4]. If it is offered, it is for a short course only.</p>
<h2>Opioids</h2>
<p>Stronger medicines such as oxycodone, hydrocodone or tramadol are sometimes used for a short time when
pain is severe and other options are not enough. They often cause constipation, drowsiness and dizziness,
which can lead to falls and more fractures. US guidance asks prescribers to use the lowest dose for the
shortest time and to check in often [6]. Ask about a laxative when you start.</p>
<h2>Muscle relaxants</h2>
<p>Cyclobenzaprine (Flexeril), methocarbamol (Robaxin), carisoprodol (Soma) and similar medicines are on
the list of medicines that people aged 65 and over should usually avoid, because they cause sleepiness,
confusion and falls [5].</p>
"""),
        VIDEO_SLOT,
        key_facts(
            "Keep one list of every medicine and supplement you take, and show it at each visit.",
            "Over 65, many common pain medicines carry extra risks; ask which ones suit you [5].",
            "Calcitonin, if used, is for a few weeks only [3][4].",
        ),
    ),
    related=("bone-strengthening-medicines", "exercise-and-physical-therapy"),
)

BONE_MEDICINES = StarterArticle(
    slug="bone-strengthening-medicines",
    title="Medicines that strengthen bones after a spine fracture",
    summary=(
        "A spine fracture from a minor strain means osteoporosis, and more fractures are likely without "
        "treatment. Here are the main bone medicines and what to know about each."
    ),
    references=("S23", "S38", "S39", "S40", "S47", "S9"),
    body=(
        text("""
<p>Pain medicines ease pain; they do nothing for the bones. Bone medicines work on the other problem: the
weak bone that broke. A spine bone that breaks after a minor strain is enough for a diagnosis of
osteoporosis [1], and treatment can lower the chance of the next fracture. These are decisions to make with
your clinician; this page explains the choices.</p>
<h2>Bisphosphonates</h2>
<p>Alendronate (Fosamax), risedronate (Actonel) and zoledronic acid (Reclast) slow the breakdown of bone.
They are a usual first choice for women after menopause who are at high risk of fracture [2]. The tablets
must be taken exactly as the leaflet says, usually first thing in the morning on an empty stomach with a
full glass of plain water, staying upright and waiting before eating or taking other medicines. They may
not be used when kidney function is low.</p>
<h2>Denosumab (Prolia)</h2>
<p>Denosumab is an injection given every six months. It is another first choice [2]. It has one important
rule: <strong>do not stop it or let a dose run late without a plan</strong>. When it stops, bone loss can
rebound quickly and several spine bones can break. If it is stopped, another bone medicine is usually
started about six months after the last injection [4].</p>
"""),
        VIDEO_SLOT,
        text("""
<h2>Bone-building medicines</h2>
<p>Teriparatide (Forteo), abaloparatide (Tymlos) and romosozumab (Evenity) help the body build new bone.
For people at very high risk, for example after a fracture in the past year or after several fractures,
guidelines suggest considering one of these first [1]. Romosozumab carries a warning about heart attack and
stroke, so it is usually avoided in people who have had either in the past year [3].</p>
<h2>The jaw: a rare side effect</h2>
<p>Bisphosphonates and denosumab have been linked to osteonecrosis of the jaw, where an area of jaw bone
does not heal. At the doses used for osteoporosis it is rare: roughly 1 case in 10,000 to 100,000 people
treated for a year [5]. Tell your dentist about your bone medicine, and keep up regular dental care.</p>
<h2>Calcium and vitamin D</h2>
<p>Bone medicines work best when you get enough calcium and vitamin D. The US recommended daily amount of
calcium is 1,200 mg for women over 50 and for men over 70, and 1,000 mg for men aged 51 to 70. For vitamin
D it is 600 IU a day up to age 70 and 800 IU after that. More is not better: total calcium from food and
supplements should stay under 2,000 mg a day after age 50 [6].</p>
"""),
        key_facts(
            "A spine fracture after a minor strain is a reason to ask about bone medicine [1].",
            "Never stop denosumab or let a dose run late without a plan from your prescriber [4].",
            "Jaw problems from bone medicines are rare at osteoporosis doses [5].",
        ),
    ),
    related=("why-spine-fractures-happen", "pain-medicines-and-side-effects"),
)

EXERCISE = StarterArticle(
    slug="exercise-and-physical-therapy",
    title="Exercise and physical therapy for back pain from osteoporosis",
    summary=(
        "Staying active and building back strength can ease pain and help you move with confidence. Here is "
        "what the evidence says and which movements to be careful with."
    ),
    references=("S25", "S26", "S35", "S36"),
    body=(
        text("""
<p>After a spine fracture it is natural to want to lie still. Short rests help, but long stretches in bed
weaken muscles and bones. UK guidance on back pain advises staying as active as you can [1]. An American
orthopaedic guideline on spine fractures could not recommend for or against bed rest or exercise, because
the studies were too few [2]. In practice, gentle movement within your comfort is the usual advice.</p>
<h2>What exercise can and cannot do</h2>
<p>A task force of bone specialists found that exercise may help people with spine fractures move better,
have less pain and feel less afraid of falling. It has not been shown to prevent falls or new fractures in
people who already have spine fractures [3].</p>
<h2>Stronger back muscles</h2>
<p>The muscles that straighten your back are called back extensors. In one long-term study, 50 healthy women
past menopause did a back-strengthening programme for two years or did not. Ten years later, the women who
had trained had fewer spine fractures: 1.6% of their vertebrae compared with 4.3% [4]. It was a small study
of women without fractures, so it is encouraging rather than proof.</p>
"""),
        VIDEO_SLOT,
        text("""
<h2>How a physical therapist can help</h2>
<p>A physical therapist can check your posture and balance and give you exercises that suit your spine. A
programme often includes back-extension exercises, posture training and balance practice. After a new
fracture, it usually starts once the worst pain has eased, often after the first week or two.</p>
<ul>
<li><strong>Walking</strong> is simple and keeps bones loaded in a safe way.</li>
<li><strong>Balance exercises</strong> and tai chi can help you feel steadier on your feet.</li>
<li><strong>Back-extension exercises</strong>, done gently and slowly, build the muscles that hold you
upright.</li>
</ul>
"""),
        callout(
            "warning",
            "Movements to ask about first",
            """
<p>People with osteoporosis or a spine fracture are commonly advised to avoid bending forward under load:
sit-ups, touching your toes, lifting heavy things with a rounded back, and hard twisting. Some yoga and
Pilates poses bend the spine this way. Ask your physical therapist which movements are safe for you.</p>
""",
        ),
        key_facts(
            "Keep moving within your comfort; avoid long spells in bed [1].",
            "Exercise may ease pain and fear of falling after a spine fracture [3].",
            "Stronger back muscles were linked to fewer spine fractures years later in one small study [4].",
        ),
    ),
    related=("why-spine-fractures-happen", "vertebroplasty-kyphoplasty-sacroplasty"),
    hero=Hero(
        file="hero-back-extension.png",
        alt=(
            "Drawing of a person lying face down on an exercise mat with a pillow under the hips, lifting the "
            "head and shoulders a little off the mat."
        ),
        caption="A gentle back extension: lie face down, then lift head and shoulders only a little. Ask first.",
    ),
)

PROCEDURES = StarterArticle(
    slug="vertebroplasty-kyphoplasty-sacroplasty",
    title="Vertebroplasty, kyphoplasty and sacroplasty: what the trials found",
    summary=(
        "Injecting bone cement into a broken spine bone sounds like it should help. When tested against a fake "
        "procedure, vertebroplasty did no better. Here is what the studies show."
    ),
    references=("S29", "S30", "S32", "S31", "S33", "S34", "S35", "S26", "S37"),
    body=(
        text("""
<h2>What the procedures are</h2>
<ul>
<li><strong>Vertebroplasty:</strong> a doctor passes a needle into the broken vertebra and injects bone
cement, which sets hard.</li>
<li><strong>Kyphoplasty:</strong> similar, but a small balloon is first inflated inside the bone to make a
space, and the cement fills that space.</li>
<li><strong>Sacroplasty:</strong> cement is injected into the sacrum, the triangle of bone at the base of the
spine, to treat a stress-type fracture there.</li>
</ul>
<h2>Why "sham" trials matter</h2>
<p>Pain from a spine fracture often gets better by itself over weeks. People also tend to feel better after
any procedure they expect to help. To find out whether the cement itself helps, some trials compared the
real procedure with a <em>sham</em>: the same preparation and numbing injection, but no cement. Neither the
patients nor the people measuring their pain knew who had which.</p>
"""),
        text("""
<h2>Vertebroplasty: what the trials found</h2>
<p>Two trials published in 2009, with 78 and 131 people, found that vertebroplasty relieved pain no better
than a sham procedure [1][2]. A later trial of 180 people whose fractures were less than six weeks old found
the same [3]. An earlier trial without a sham, in which patients knew what they had received, did favour
vertebroplasty [4], which shows how much expectation can matter. A Cochrane review that pooled 21 trials
concluded, with high- to moderate-quality evidence, that vertebroplasty gives no important benefit compared
with a sham [5]. An American orthopaedic guideline recommends strongly against it [8].</p>
<h2>Kyphoplasty</h2>
<p>Kyphoplasty has not been tested against a sham. In one trial of 300 people, those who had kyphoplasty
scored better on a physical-function questionnaire a month later than those who had usual care, but
everyone knew which treatment they had [6]. A task force of bone specialists judged the evidence too weak to
favour kyphoplasty over non-surgical care [7]; the orthopaedic guideline calls it an option at most [8].</p>
<h2>Sacroplasty</h2>
<p>We found no sham-controlled trials of sacroplasty. The evidence so far comes from studies without a fair
comparison group, so its benefit is unknown. Discuss it with a specialist if it is suggested.</p>
"""),
        VIDEO_SLOT,
        text("""
<h2>Risks</h2>
<p>Cement can leak out of the bone, and small amounts can travel to the lungs. New fractures in nearby spine
bones have been reported, although two Dutch trials did not find more new fractures after vertebroplasty
[9]. Ask about the risks at the centre where it would be done.</p>
"""),
        callout(
            "info",
            "What this means for you",
            """
<p>For most people, pain from a spine fracture is best managed with pain relief, gentle activity, physical
therapy and bone-strengthening medicine. If your pain is still severe after several weeks of treatment, or
you need hospital care for it, ask to discuss your options with a spine specialist [7].</p>
""",
        ),
        key_facts(
            "Against a sham procedure, vertebroplasty gave no important benefit [5].",
            "Kyphoplasty has not been tested against a sham; the evidence is limited [6][7].",
            "Sacroplasty has no sham-controlled trials yet.",
        ),
    ),
    related=("exercise-and-physical-therapy", "pain-medicines-and-side-effects"),
)

ARTICLES: tuple[StarterArticle, ...] = (
    WHY_FRACTURES,
    RED_FLAGS,
    PAIN_MEDICINES,
    BONE_MEDICINES,
    EXERCISE,
    PROCEDURES,
)

"""The tense of the clause around a date: it decides which side of publication a bare
"in June" or "on Thursday" falls. 'past', 'future', 'present' (a schedule: "starts in
January"), 'planned' (a past plan: "was due to open in May", the nearest date) or 'modal'
("could be busier on Saturday": the nearest day, a month ahead)."""

from __future__ import annotations

import re

_PAST_WORD = re.compile(r"""
    (?: said | was | were | had | did | told | announced | confirmed | reported    # common
      | began | came | went | took | made | met | saw | gave                      # irregular
      | fell | rose | grew | lost | led | held | ran | spent | paid | sold | bought | built
      | chose | fought | struck | wrote | spoke | drove | broke | kept | brought | sent | stood
      | drew | threw | flew | heard | found | caught
      | \w{3,}ed )                                                                # regular""",
    re.I | re.X)
_FUTURE_WORDS = frozenset(("will", "shall", "'ll", "’ll", "would", "scheduled", "upcoming", "won't", "won’t"))
_FUTURE_BEFORE_TO = frozenset(("plans", "plan", "planning", "going", "expected", "due", "set", "intends", "aims", "hopes", "is", "are", "supposed", "scheduled", "meant", "poised",
                               "expects", "expecting", "wants", "vows", "promises", "pledges", "threatens", "hoping", "likely"))
# a past intention ("vowed to return in March") points at a date on either side: the nearest
_PLANNED_BEFORE_TO = frozenset(("vowed", "promised", "pledged", "threatened", "wanted", "hoped", "planned", "intended", "aimed"))
# a modal ("could be persuaded before April 26", "may step down in July") says nothing about the
# side of publication: the nearest date; "May" with a capital is the month
_MODALS = frozenset(("could", "might", "may", "can", "should", "must"))  # see _modal_tense
# a condition's present tense looks ahead: "if they take office in January"
_CONDITION_WORDS = frozenset(("if", "unless", "once", "when", "whether"))  # "when the party gathers on Saturday"
_PRESENT_WORDS = frozenset(("is", "are", "takes", "begins", "starts", "opens", "ends", "runs", "expires", "falls", "comes", "has", "have"))
# Present verbs of a timetable ("starts in January") and base verbs after an infinitive "to"
# ("drive to start in January"); "is", "has" and "to the polls" say nothing about the future.
_SCHEDULED_PRESENT = frozenset(("begins", "starts", "opens", "ends", "runs", "expires", "closes", "resumes", "reopens", "launches", "kicks",
                                "holds", "hosts", "meets", "faces", "plays", "visits", "travels", "arrives", "returns", "heads"))
_SCHEDULE_VERBS = frozenset(("start", "begin", "open", "close", "end", "launch", "return", "resume", "reopen",
                             "arrive", "expire", "finish", "debut"))
# "invited him to appear at the convention in July": an infinitive naming an appearance is a plan
_EVENT_VERBS = frozenset("appear attend speak meet visit testify debate perform address travel arrive headline "
                         "campaign vote".split())
# "failed to reach a deal on Friday", "tried to block it in March": the infinitive happened (or not)
_DONE_BEFORE_TO = frozenset("failed refused tried managed declined attempted rushed helped moved went began "
                            "continued".split())
_LOOKING_BACK = frozenset(("after", "since"))
_PLANNED_FOR = frozenset(("planned", "slated", "booked", "set", "due", "reserved"))
_HEADING = frozenset(("heading", "going", "head", "heads"))
_PRESENT_TO_REACH = 3  # "are eligible to vote": the infinitive just after the present copula
_COPULAS = frozenset(("is", "are", "am", "'s", "’s"))
_SUBORDINATORS = frozenset(("whether", "that", "if", "because", "when", "who", "which", "what", "how"))
_DATE_LEADS = frozenset(("on", "by", "until", "from", "before", "after", "since", "in"))  # "On Monday, …"
# a hyphenated compound is one word ("would-be", "long-awaited"): its last part is its verb, if any
_CLAUSE_WORD = re.compile(r"[\w'’]+(?:-[\w'’]+)*|[,;:]")
# an aside between dashes ("On Monday, Ms Vale—who had endorsed him—will speak") is not the
# verb the date belongs to (an aside between commas may close on the attribution: ", Jones said")
_ASIDE = re.compile(r"(?:—|\s–\s)[^—–\n]{1,160}?(?:—|\s–\s)")
_ASIDE_REACH = 240  # how far after a date an aside and the verb beyond it are looked for


def tense_near(text: str, start: int, end: int, sent_start: int, sent_end: int) -> str | None:
    """'past', 'future', 'present', 'schedule' (a timetable: "starts in January"), 'planned'
    (a past plan: the nearest date) or None (unknown)
    from the verbs of a date's clause.

    A firm cue (will, would, said, was, is) nearest the date decides; a bare participle
    ('capped at', 'reached') counts only when nothing firmer is in the clause."""
    before = _CLAUSE_WORD.findall(text[max(sent_start, start - 100):start])
    found = _scan_tense(before, range(len(before) - 1, -1, -1))
    if found is not None:
        return found or "present"  # "protested on Wednesday against plans to …": the verb before decides
    after_text = text[end:min(sent_end, end + 80)]
    if "—" in after_text or "–" in after_text:
        after_text = _ASIDE.sub(" ", text[end:min(sent_end, end + _ASIDE_REACH)])
    after = _CLAUSE_WORD.findall(after_text)
    if after[:1] == [","] and (not before or len(before) == 1 and before[0].lower() in _DATE_LEADS):
        after = after[1:]  # "On March 3, the council will vote"
    found = _scan_tense(after, range(min(len(after), 10)), conditions=False)
    return None if found is None else found or "present"


def _scan_tense(ws: list[str], order, conditions: bool = True) -> str | None:
    """The clause's tense, words taken in `order` up to a comma: the first firm cue, else
    the first weak one; None when there is neither ('' means present)."""
    weak = None
    weak_at = 0
    looks_back = False  # "after the massacre in June": a present clause speaking of what came before
    for i in order:
        if ws[i] in ";:,":
            break
        if ws[i] in _MODALS:
            return weak or _modal_tense(ws, i)
        if conditions and ws[i].lower() in _CONDITION_WORDS:  # "…on Thursday when he lashed out": not his
            return weak or "future"
        if not conditions and weak and (ws[i].lower() in _SUBORDINATORS or ws[i].lower() == "to"):
            return weak  # "On Monday, she stalled over whether she would…", "mocked the firm's plans to build": the main verb's
        looks_back = looks_back or conditions and ws[i].lower() in _LOOKING_BACK
        t, firm = _tense_of_word(ws, i)
        if t == "" and firm and looks_back:
            return "past"
        if t == "" and firm and conditions:
            if weak == "planned" and abs(weak_at - i) <= _PRESENT_TO_REACH and ws[i].lower() in _COPULAS:
                return "future"  # "are entitled to vote in the county primary on Tuesday"
            if _condition_before(ws, i):
                return "future"  # "if there is a tight race on Tuesday"
        if t is not None and firm:
            return t
        if t is not None and weak is None:
            weak, weak_at = t, i
    return weak


def _condition_before(ws: list[str], i: int) -> bool:
    """A condition word ('if', 'unless', …) opening the clause of the verb at ws[i]."""
    for j in range(i - 1, max(-1, i - 4), -1):
        if ws[j] in ";:,":
            return False
        if ws[j].lower() in _CONDITION_WORDS:
            return True
    return False


def _modal_tense(ws: list[str], i: int) -> str:
    """'modal' ('can win in November': a month ahead; 'could be busier on Saturday', 'should
    ignore the critics who on Sunday…': the nearest day); 'could have met in March': 'past'."""
    nxt = [w.lower() for w in ws[i + 1:i + 4]]
    perfect = nxt[1:2] if nxt[:1] == ["have"] else nxt[2:3] if nxt[:2] == ["not", "have"] else None
    if perfect and (perfect[0] == "been" or _PAST_WORD.fullmatch(perfect[0])):
        return "past"  # "could have met": a participle after "have"; "could have grave effects": ahead
    return "modal"


def _tense_of_word(ws: list[str], i: int) -> tuple[str | None, bool]:
    """('future' | 'past' | '' for present | None, firm?) for the word at ws[i]."""
    w = ws[i].lower()
    if "-" in w:
        w = w.rsplit("-", 1)[1]  # "would-be" is no "would"; "re-elected" is "elected"
    if w in _FUTURE_WORDS or w.endswith(("'ll", "’ll")):
        return "future", True
    if w == "to" and i > 0 and ws[i - 1].lower() in _PLANNED_BEFORE_TO:
        return "planned", True
    if w == "to" and i > 0 and ws[i - 1].lower() in _FUTURE_BEFORE_TO:
        # "was due to be released in September", "was set to take effect Jan. 1": a plan
        # made in the past, for a date on either side of publication
        if any(x.lower() in ("was", "were") for x in ws[max(0, i - 3):i - 1]):
            return "planned", True
        return "future", True
    if w == "to" and i + 1 < len(ws) and ws[i + 1].lower() in _SCHEDULE_VERBS:
        return "future", False  # "Vaccine drive to start in January": an infinitive looks ahead
    if w == "to" and i > 0 and ws[i - 1].lower() in _DONE_BEFORE_TO:
        return "past", True  # "failed to reach a contract on Friday": it happened
    if w == "to" and i + 1 < len(ws) and ws[i + 1].lower() in _EVENT_VERBS:
        return "planned", False  # "invited him to appear at the convention in July": a plan, the nearest
    if w == "ahead" and i + 1 < len(ws) and ws[i + 1].lower() == "of":
        return "planned", True  # "ahead of Saturday's caucus": the coming one, or the one just gone
    if w == "due" and i > 0 and ws[i - 1].lower() in ("is", "are", "'s", "’s"):
        return "future", True
    if w in _PLANNED_FOR and ws[i + 1:i + 2] == ["for"]:
        if i > 0 and ws[i - 1].lower() in ("is", "are", "'s", "’s"):
            return "future", True  # "the hearing is set for November"
        return "planned", True  # "advertising planned for December": the nearest December
    if w in _HEADING and ws[i + 1:i + 2] == ["into"]:
        return "planned", True  # "heading into Saturday's vote": the coming one, or today's
    if w in ("have", "be") and i > 0 and ws[i - 1].lower() in _FUTURE_WORDS:
        return "future", True  # "will have their say on Tuesday": met before the "will"
    if w in ("have", "be") and i > 0 and ws[i - 1].lower() in _MODALS:
        return _modal_tense(ws, i - 1), True  # "could have grave effects in November"
    if w in _SCHEDULED_PRESENT:
        return "schedule", True  # "starts in early January": a timetable looks ahead
    if w in _PRESENT_WORDS:
        return "", True
    if _PAST_WORD.fullmatch(w):
        # "will be presented", "would be reviewed", "to be held": a future passive
        prev = [x.lower() for x in ws[max(0, i - 3):i]]
        if prev[-1:] == ["be"]:
            aux = [x.lower() for x in ws[max(0, i - 5):i - 1]]  # "will most likely be awarded"
            if any(x in _FUTURE_WORDS for x in aux) and not any(x in _MODALS for x in aux):
                return "future", True
            if not aux or not any(x in _MODALS or x in _FUTURE_WORDS or x == "to" for x in aux):
                return "future", True  # "ruled that the files be handed over by Thursday"
            return "planned", True  # "could be persuaded to change before April 26"
        if "be" in prev and any(x in _FUTURE_WORDS or x == "to" for x in prev):
            if "to" in prev:  # "is due to be released" / "was due to be released"
                to = max(j for j in range(max(0, i - 3), i) if ws[j].lower() == "to")
                if _tense_of_word(ws, to)[0] == "planned":
                    return "planned", True
            return "future", True
        if prev[-1:] in (["has"], ["have"]):
            return "", True  # "has announced strike days on November 12": nearest date
        return "past", not w.endswith("ed") or w in _FIRM_PAST
    return None, False


_FIRM_PAST = frozenset("""
    said announced confirmed reported happened occurred died started ended opened closed passed
    voted signed released arrested killed launched published decided agreed rejected approved
    presented visited returned appeared resigned retired elected played scored won
""".split())

"""Merging repeated mentions of one initiative into its best-scored mention.

Part of `app.core.facts.initiatives._extract`.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.facts.initiatives._candidates import Candidate

_MERGE_REACH = 40


@dataclass
class _Group:
    """Mentions of one initiative, with the distinct word sets seen (bounded, for speed)."""

    head_key: str
    members: list[Candidate]
    sets: set[frozenset[str]]

    def add(self, cand: Candidate) -> None:
        self.members.append(cand)
        if cand.modifiers:
            self.sets.add(cand.modifiers | {cand.head_key})


def _find_group(
    recent: list[_Group], by_head: dict[str, list[_Group]], cand: Candidate
) -> _Group | None:
    """The group a later mention belongs to: same head, and one's words contain the other's.

    A bare mention ("the scheme") joins the most recent group with its head; a bare first
    mention is taken over by the next qualified one. Only recent groups are searched, so long
    texts stay linear.
    """
    words = cand.modifiers | {cand.head_key}
    bare_home: _Group | None = None
    for group in reversed(by_head.get(cand.head_key, [])[-_MERGE_REACH:]):
        if not cand.modifiers:
            return group
        if not group.sets:
            bare_home = bare_home or group
        elif any(words <= s or s <= words for s in group.sets):
            return group
    if bare_home is not None or len(words) < 3:
        return bare_home
    # Different heads, same thing: "new 50% tax on top earners", "new 50% tax band for top
    # earners".
    for group in reversed(recent[-_MERGE_REACH:]):
        if any(len(words & s) >= 0.75 * len(words) for s in group.sets):
            return group
    return None


def merge(cands: list[Candidate]) -> list[Candidate]:
    """One candidate per initiative: repeated mentions fold into the best scored one."""
    groups: list[_Group] = []
    by_head: dict[str, list[_Group]] = {}
    for cand in sorted(cands, key=lambda c: c.start_char):
        home = _find_group(groups, by_head, cand)
        if home is None:
            home = _Group(cand.head_key, [], set())
            groups.append(home)
            by_head.setdefault(cand.head_key, []).append(home)
        home.add(cand)
    merged: list[Candidate] = []
    for group in groups:
        best = max(group.members, key=lambda c: (c.score, len(c.modifiers), -c.start_char))
        named = [c for c in group.members if c.modifiers and c.score > 0]  # not ruled out
        if not best.modifiers and named:
            # "a programme had been agreed" scores for its verb, but "the debt relief
            # programme" says which one: show the clearest mention with the best evidence.
            clearest = max(named, key=lambda c: (c.score, len(c.modifiers), -c.start_char))
            clearest.score = best.score
            clearest.status = best.status if best.status != "unknown" else clearest.status
            clearest.actor = best.actor or clearest.actor
            best = clearest
        best.score += 0.5 * min(4, len(group.members) - 1)
        if best.actor is None:
            best.actor = next((c.actor for c in group.members if c.actor is not None), None)
        if best.status == "unknown":
            best.status = next(
                (c.status for c in group.members if c.status != "unknown"), "unknown"
            )
        if best.status == "unknown" and ":" not in best.head_key:
            # Named without any verb of launching, planning or ending: an existing undertaking
            # the article refers to ("the BBC's iCan project").
            best.status = "ongoing"
        merged.append(best)
    return merged

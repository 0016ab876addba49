"""Postal codes for Deploy/scripts/generate-address-sample.py: strings drawn at random from a postal-code pattern,
valid codes built from the metadata's examples and prefixes, codes that break a pattern on purpose, and codes
written in a script's own digits."""

import re
import re._constants as C
import re._parser as parser

DIGITS = "0123456789"
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def sample(pattern, rng):
    """A random string the pattern matches (the subset the metadata's patterns use: literals, classes, groups,
    alternatives, repetitions, `\\d`, anchors and word boundaries)."""
    out = []
    _emit(parser.parse(pattern), rng, out)
    return "".join(out)


def _emit(items, rng, out):
    for op, value in items:
        if op is C.LITERAL:
            out.append(chr(value))
        elif op is C.IN:
            out.append(rng.choice(_characters(value)))
        elif op is C.CATEGORY:
            out.append(rng.choice(DIGITS))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            low, high, body = value
            for _ in range(rng.randint(low, min(high, low + 2))):
                _emit(body, rng, out)
        elif op is C.SUBPATTERN:
            _emit(value[-1], rng, out)
        elif op is C.BRANCH:
            _emit(rng.choice(value[1]), rng, out)
        elif op is C.AT:
            continue
        else:
            raise ValueError(f"unsupported regex element {op}")


def _characters(items):
    characters = []
    for op, value in items:
        if op is C.LITERAL:
            characters.append(chr(value))
        elif op is C.RANGE:
            characters += [chr(c) for c in range(value[0], value[1] + 1)]
        elif op is C.CATEGORY and value is C.CATEGORY_DIGIT:
            characters += list(DIGITS)
        else:
            raise ValueError(f"unsupported class element {op}")
    return characters


class CodeRule:
    """What a valid postal code must be in one place: the whole pattern, and the prefixes of its region and city."""

    def __init__(self, pattern, prefixes, examples):
        self.pattern = pattern
        self.prefixes = [prefix for prefix in prefixes if prefix]
        self.examples = [example for example in examples if example]

    def accepts(self, code):
        return re.fullmatch(self.pattern, code) is not None and all(re.match(p, code) for p in self.prefixes)

    def valid(self, rng):
        """A real example (a third of the time) or an example with its last digits changed; failing those, a code
        drawn from the pattern that starts with the most specific prefix."""
        good = [example for example in self.examples if self.accepts(example)]
        if good and rng.random() < 0.35:
            return rng.choice(good)
        for _ in range(60):
            base = rng.choice(good or self.examples) if (good or self.examples) else sample(self.pattern, rng)
            candidate = with_new_last_digits(base, rng)
            if self.accepts(candidate):
                return candidate
        for _ in range(3000):
            candidate = sample(self.pattern, rng)
            if self.prefixes:
                start = sample(self.prefixes[-1], rng)
                candidate = start + candidate[len(start) :]
            if self.accepts(candidate):
                return candidate
        return rng.choice(good) if good else None


def with_new_last_digits(code, rng):
    """`code` with one to three of its last digits drawn again (`10117` → `10163`)."""
    positions = [index for index, char in enumerate(code) if char.isdigit()][-rng.randint(1, 3) :]
    characters = list(code)
    for index in positions:
        characters[index] = rng.choice(DIGITS)
    return "".join(characters)


def broken(code, pattern, rng):
    """(what is wrong, code) pairs derived from a valid `code` that the whole pattern does not match."""
    candidates = [("one character fewer", code[:-1]), ("one digit more", code + rng.choice(DIGITS))]
    digits = [index for index, char in enumerate(code) if char.isdigit()]
    letters = [index for index, char in enumerate(code) if char.isalpha()]
    if digits:
        index = digits[-1]
        candidates.append(("a letter for a digit", code[:index] + rng.choice("OIX") + code[index + 1 :]))
    if letters:
        index = letters[0]
        candidates.append(("a digit for a letter", code[:index] + rng.choice(DIGITS) + code[index + 1 :]))
    if "-" in code or " " in code:
        candidates.append(("no separator", code.replace("-", "").replace(" ", "")))
    return [(what, wrong) for what, wrong in candidates if wrong and re.fullmatch(pattern, wrong) is None]


def native(code, zero):
    """`code` with its ASCII digits in the script whose zero is `zero` (full-width also makes `-` full-width)."""
    text = "".join(chr(zero + int(char)) if char in DIGITS else char for char in code)
    return text.replace("-", "\uff0d") if zero == 0xFF10 else text

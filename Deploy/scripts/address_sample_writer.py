"""The addresses Deploy/scripts/generate-address-sample.py writes for one country: valid ones for its subdivisions
(or, without subdivisions, a few for the country), some with postal codes in native digits or lower case, and the
deliberately wrong ones. Google's verdict is asked for later; `kind` and `why` say what each address was made for."""

import random
import re

from address_sample_codes import broken, native, sample
from address_sample_latin import LATIN_CITIES, LATIN_LANGUAGE, LATIN_PEOPLE, LATIN_STREETS, LINE2, REGION_TEXT, TOWNS
from address_sample_regions import without_accents
from address_sample_texts import LOCAL_SCRIPTS, Script

# All subdivisions of a country with at most this many, else a seeded handful.
MAX_ALL_SUBDIVISIONS = 60
HANDFUL = 15
BASE_FORMS = ("key", "name", "latinName", "translation")


class Writer:
    def __init__(self, country, seed):
        self.country = country
        self.rng = random.Random(f"{seed}:{country.code}")
        self.selected = None

    def addresses(self):
        entries = []
        seen = set()
        valid = self._valid() + self._each_script() + self._native_digits() + self._lower_case_code()
        for entry in valid + self._pattern_only() + self._unlisted_city() + self._wrong():
            identity = tuple(entry.get(k) for k in ("name", "line1", "city", "region", "postalCode"))
            if entry and identity not in seen:
                seen.add(identity)
                entries.append(entry)
        return entries

    # MARK: - Valid addresses

    def _selected(self):
        """The subdivisions the country's addresses are in, drawn once."""
        if self.selected is None:
            subdivisions = [s for s in self.country.subdivisions if s.forms]
            if len(subdivisions) > MAX_ALL_SUBDIVISIONS:
                subdivisions = sorted(self.rng.sample(subdivisions, HANDFUL), key=subdivisions.index)
            self.selected = subdivisions
        return self.selected

    def _valid(self):
        selected = self._selected()
        if not selected:
            return [self._address(None, None, "valid", "in the country") for _ in range(4)]
        entries = []
        offset = self.rng.randrange(len(BASE_FORMS))
        for index, subdivision in enumerate(selected):
            base = subdivision.forms_of(BASE_FORMS)
            first = base[(index + offset) % len(base)]
            entries.append(self._address(subdivision, first, "valid", "in its region"))
            others = [form for form in subdivision.forms.items() if form != first and form[1] != "lowerCaseCode"]
            if others and self.rng.random() < 0.6:
                entries.append(self._address(subdivision, self.rng.choice(others), "valid", "in its region"))
        # A region's code in lower case, as people type it: a few per country.
        coded = [s for s in selected if s.forms_of(("lowerCaseCode",))]
        for subdivision in self.rng.sample(coded, min(2, len(coded))):
            entries.append(
                self._address(subdivision, subdivision.forms_of(("lowerCaseCode",))[0], "valid", "in its region")
            )
        return entries

    def _each_script(self):
        """One address in each of the country's own scripts where it has several (India's by state, Sri Lanka's)."""
        local = LOCAL_SCRIPTS.get(self.country.code)
        if isinstance(local, dict):
            entries, done = [], set()
            for subdivision in self._selected():
                script = local.get(subdivision.iso)
                if script is not None and script.name not in done:
                    done.add(script.name)
                    form = self._google_form(subdivision)
                    entries.append(self._address(subdivision, form, "valid", "in its region", local=True))
            return entries
        if isinstance(local, tuple):
            return [self._address(None, None, "valid", "in the country", local=True, script=script) for script in local]
        return []

    def _pattern_only(self):
        """A valid-looking code drawn from the country's pattern alone, as someone without the post's tables might
        make one up: Google's validator accepts any string the pattern matches (where it has no region prefixes)."""
        if not self.country.pattern or any(s.prefix for s in self.country.subdivisions):
            return []
        subdivision = self.rng.choice(self._selected() or [None])
        entry = self._address(subdivision, self._google_form(subdivision), "valid", "in its region")
        code = sample(self.country.pattern, self.rng)
        entry.update(postalCode=code, why=entry["why"] + "; postal code drawn from the pattern alone")
        entry.pop("googlePostalCode", None)
        return [entry]

    def _native_digits(self):
        """Up to three addresses in the local script with the postal code in that script's digits."""
        if not self.country.pattern or not re.search(r"\\d|\d", self.country.pattern):
            return []
        subdivisions = self._selected() or [None]
        candidates = [s for s in subdivisions if (self._local(s) or Script("", (), ())).digits]
        entries = []
        for subdivision in self.rng.sample(candidates, min(3, len(candidates))):
            form = self._google_form(subdivision)
            entries.append(self._address(subdivision, form, "valid", "in its region", local=True, digits=True))
        return entries

    def _lower_case_code(self):
        """A postal code with letters written in lower case, where Google's validator upper-cases it too."""
        if "Z" not in self.country.upper or not self.country.pattern or not re.search(r"[A-Z]", self.country.pattern):
            return []
        subdivision = self.rng.choice(self._selected() or [None])
        entry = self._address(subdivision, self._google_form(subdivision), "valid", "in its region")
        if entry and entry.get("postalCode") and entry["postalCode"].lower() != entry["postalCode"]:
            entry["postalCode"] = entry["postalCode"].lower()
            entry["why"] += "; postal code in lower case"
            return [entry]
        return []

    # MARK: - Wrong addresses

    def _unlisted_city(self):
        """Where the data lists a region's cities (Brazil, Chile, China, Hong Kong, Korea, Taiwan), two addresses whose
        city is not among them: a listed one without its accents, else a common town name."""
        listed = [s for s in self._selected() if s.cities]
        entries = []
        for subdivision in self.rng.sample(listed, min(2, len(listed))):
            entry = self._address(subdivision, self._google_form(subdivision), "unlistedCity", "", local=False)
            known = {name.lower() for city in subdivision.cities for name in (city.local, city.latin)}
            unaccented = without_accents(entry["city"])
            towns = [town for town in TOWNS if town.lower() not in known]
            entry["city"] = unaccented if unaccented.lower() not in known else self.rng.choice(towns)
            entry["why"] = f"a city the data does not list in {subdivision.latin_name}: {entry['city']}"
            entries.append(entry)
        return entries

    def _wrong(self):
        return self._other_region() + self._missing() + self._broken_pattern()

    def _other_region(self):
        """A postal code of another region of the same country, under a region written in a form Google knows."""
        with_prefix = [s for s in self._selected() if s.prefix and s.forms_of(BASE_FORMS)]
        if len(with_prefix) < 2:
            return []
        entries = []
        for _ in range(min(6, len(with_prefix))):
            home, other = self.rng.sample(with_prefix, 2)
            rule = self.country.code_rule(other)
            code = next(
                (c for c in (rule.valid(self.rng) for _ in range(20)) if c and not re.match(home.prefix, c)), None
            )
            if code is None:
                continue
            entry = self._address(home, self._google_form(home), "otherRegionPostalCode", "")
            entry["postalCode"] = code
            entry["why"] = f"a postal code of {other.latin_name} under {home.latin_name} ({entry['regionForm']})"
            entries.append(entry)
        return entries

    def _missing(self):
        entries = []
        names = {
            "N": ("name", ""),
            "A": ("line1", ""),
            "C": ("city", ""),
            "S": ("region", None),
            "Z": ("postalCode", None),
        }
        letters = [letter for letter in "ACSZ" if letter in self.country.required]
        # The recipient's name, which R1 requires and Google's validator does not check: in one country in ten.
        if self.rng.random() < 0.1:
            letters.insert(0, "N")
        for letter in letters:
            subdivision = self.rng.choice(self._selected() or [None])
            entry = self._address(subdivision, self._google_form(subdivision), "missing", "")
            field, blank = names[letter]
            entry[field] = blank
            if field == "line1":
                entry.pop("line2", None)
            if field == "postalCode":
                entry.pop("googlePostalCode", None)
            entry["kind"], entry["why"] = "missing", f"the required {field} left out"
            if field == "name":
                entry["why"] = "the recipient's name left out"
            if field == "region":
                entry.pop("regionForm", None)
            entries.append({k: v for k, v in entry.items() if v is not None})
        return entries

    def _broken_pattern(self):
        if not self.country.pattern:
            return []
        subdivision = self.rng.choice(self._selected() or [None])
        entry = self._address(subdivision, self._google_form(subdivision), "postalCodePattern", "")
        code = entry.get("postalCode")
        if not code or (subdivision and subdivision.pattern):
            return []
        choices = broken(code, self.country.pattern, self.rng)
        entries = []
        # A separator left out and a digit too many are what people most often do; the other change is drawn.
        first = [choice for choice in choices if choice[0] in ("no separator", "one digit more")]
        others = [choice for choice in choices if choice not in first]
        for what, wrong in first + self.rng.sample(others, min(3 - len(first), len(others))):
            variant = dict(entry, postalCode=wrong, why=f"the postal code {code} with {what}: {wrong}")
            variant.pop("googlePostalCode", None)
            entries.append(variant)
        return entries

    # MARK: - One address

    def _google_form(self, subdivision):
        if subdivision is None:
            return None
        return self.rng.choice(subdivision.forms_of(BASE_FORMS))

    def _local(self, subdivision):
        local = LOCAL_SCRIPTS.get(self.country.code)
        if isinstance(local, dict):
            return local.get(subdivision.iso if subdivision else "*", local["*"])
        if isinstance(local, tuple):
            return self.rng.choice(local)
        return local

    def _address(self, subdivision, form, kind, where, local=None, digits=False, script=None):
        """An address in `subdivision` with its region written as `form` ((text, kind) or None), in the country's own
        script (`local`, else at random 60% of the time where it has one) or in Latin script."""
        rng, country = self.rng, self.country
        script = script or self._local(subdivision)
        use_local = script is not None and (local if local is not None else rng.random() < 0.6)
        language = LATIN_LANGUAGE.get(country.code, "en")
        people = script.people if use_local else LATIN_PEOPLE[language]
        streets = script.streets if use_local else LATIN_STREETS[language]
        number = str(rng.randint(1, 250))
        entry = {
            "country": country.code,
            "name": rng.choice(people),
            "line1": rng.choice(streets).replace("{n}", number),
            "kind": kind,
        }
        if not use_local and language in LINE2 and rng.random() < 0.25:
            entry["line2"] = rng.choice(LINE2[language]).replace("{n}", str(rng.randint(1, 40)))
        city, city_record = self._city(subdivision, script if use_local else None)
        entry["city"] = city
        if form is not None:
            entry["region"], entry["regionForm"] = form
        elif subdivision is None and country.code in REGION_TEXT:
            entry["region"], entry["regionForm"] = rng.choice(REGION_TEXT[country.code]), "freeText"
        rule = country.code_rule(subdivision, city_record)
        code = rule.valid(rng) if rule and (country.uses("Z")) else None
        details = [f"{'valid' if kind == 'valid' else kind} {where}".strip()]
        if "regionForm" in entry:
            details.append(f"region by {entry['regionForm']}")
        details.append(script.name if use_local else "Latin")
        if code:
            entry["postalCode"] = code
            if digits and use_local and script.digits:
                entry["postalCode"], entry["googlePostalCode"] = native(code, script.digits), code
                details.append(f"postal code in {script.name} digits")
        entry["why"] = "; ".join(details)
        return entry

    def _city(self, subdivision, script):
        """The city as (text, the data's city record or None): one the data lists for the region where it lists
        them (Google's validator then requires one of them), else one of the script's or country's cities."""
        if not self.country.uses("C"):
            return "", None
        if subdivision and subdivision.cities:
            city = self.rng.choice(subdivision.cities)
            return (city.local if script else city.latin), city
        if script and script.cities:
            return self.rng.choice(script.cities), None
        if script and script.name == "Thai" and subdivision:
            core = subdivision.key.replace("จังหวัด", "").strip()
            return ("เขตพระนคร" if core == "กรุงเทพมหานคร" else "อำเภอเมือง" + core), None
        return self.rng.choice(LATIN_CITIES.get(self.country.code) or TOWNS), None

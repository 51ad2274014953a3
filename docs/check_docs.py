#!/usr/bin/env python3
"""Checks that the API reference documents every public name of the headers.

    check_docs.py INCLUDE_DIR XML_DIR [--warnings LOG] [--library PATH] [--strict]

Doxygen warns about undocumented functions and classes, but not about undocumented enum values,
and its HTML silently leaves out the global names of a header that has no @file comment. This check
reads the names the headers declare (functions, macros, enums, typedefs, classes, enum values)
and requires each to appear in Doxygen's XML output with a description. Failures:
- a header without a @file comment;
- a function, macro (key constant), enum, typedef or class without a description; a macro
  that only renames another public name (`#define OLD_SPELLING NEW`) is judged as that name;
- an "is not documented" warning of Doxygen's log (C++ class members, for instance);
- with --library: a TIM* function the shared library exports that no header declares;
- an enum value of the V2 C++ headers (V2TIM*.h, ImSDK_CPP.h, timconv/, written by hand)
  without a description;
- with --strict only: an enum value of the C headers (generated from the Rust sources, where
  some values have no comment) without a description, or any other Doxygen warning (markup);
  without it they are counted and shown as notes.
Everything else applies to the C and the V2 C++ headers alike. An enum value is judged in each
header that declares it (the C and V2 error-code enums share their names).
"""

import argparse
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

COMMENT = re.compile(r"/\*.*?\*/|//[^\n]*", re.S)
DEFINE = re.compile(r"^[ \t]*#[ \t]*define[ \t]+(\w+)(?:[ \t]+(\w+)[ \t]*$)?", re.M)
FUNCTION = re.compile(r"\bTIM_API\b[^;{}()]*?\b(\w+)\s*\(")
ENUM = re.compile(r"\benum\s+(?:class\s+|struct\s+)?(\w+)?\s*(?::\s*[\w:\s]+)?\{([^}]*)\}")
TYPEDEF_FN = re.compile(r"\btypedef\b[^;{}]*?\(\s*\*\s*(\w+)\s*\)\s*\(")
TYPEDEF_BODY = re.compile(r"\btypedef\s+(?:enum|struct|union)\s+\w*\s*\{[^}]*\}\s*(\w+)\s*;")
TYPEDEF_PLAIN = re.compile(r"\btypedef\s+(?!enum\b|struct\b|union\b)[^;{}()]*?\b(\w+)\s*;")
CLASS = re.compile(  # `struct TIM_API Name {`, `class Name final : Base {`
    r"\b(?:class|struct)\s+(?:\w+\s+)?(?!final\b)(\w+)(?:\s+final)?\s*(?::[^;{]*)?\{")
PREPROCESSOR = re.compile(r"^[ \t]*#(?:[^\n]*\\\n)*[^\n]*", re.M)
GUARD = re.compile(r"\w*_H_?$")


def declared(include_dir):
    """(kind, name) -> first header declaring it; alias macro -> the name it stands for; and
    enum value -> every header declaring it."""
    names = {}
    aliases = {}
    value_headers = {}

    def add(kind, name, header):
        names.setdefault((kind, name), header)
        if kind == "enum value":
            value_headers.setdefault(name, [])
            if header not in value_headers[name]:
                value_headers[name].append(header)

    for header in sorted(Path(include_dir).rglob("*.h")):
        text = COMMENT.sub(" ", header.read_text(encoding="utf-8"))
        code = PREPROCESSOR.sub(" ", text)
        rel = header.relative_to(include_dir).as_posix()
        for name, value in DEFINE.findall(text):
            if not GUARD.match(name):
                add("macro", name, rel)
                if value:
                    aliases[name] = value
        for name in FUNCTION.findall(code):
            add("function", name, rel)
        for enum_name, body in ENUM.findall(text):
            if enum_name:
                add("enum", enum_name, rel)
            for item in body.split(","):
                m = re.match(r"\s*(\w+)", item)
                if m:
                    add("enum value", m.group(1), rel)
        for pattern in (TYPEDEF_FN, TYPEDEF_BODY, TYPEDEF_PLAIN):
            for name in pattern.findall(text):
                add("typedef", name, rel)
        for name in CLASS.findall(text):
            if not text_is_typedef_struct(text, name):
                add("class", name, rel)
    return names, aliases, value_headers


def text_is_typedef_struct(text, name):
    """C's `typedef struct X {...} X;` is listed as a typedef, not a class."""
    return re.search(r"\btypedef\s+(?:struct|union)\s+" + re.escape(name) + r"\b", text) is not None


def has_text(element):
    return element is not None and "".join(element.itertext()).strip() != ""


def documented(xml_dir):
    """name -> True if some occurrence in the XML carries a description; the same for
    (enum value, header of its enum); and the set of documented files (HTML shows a file's
    global names only when the file is documented)."""
    docs = {}
    value_docs = {}
    files = set()

    def note(name, node):
        ok = has_text(node.find("briefdescription")) or has_text(node.find("detaileddescription"))
        docs[name] = docs.get(name, False) or ok
        return ok

    for path in Path(xml_dir).glob("*.xml"):
        if path.name in ("index.xml", "Doxyfile.xml"):
            continue
        root = ET.parse(path).getroot()
        for compound in root.iter("compounddef"):
            kind = compound.get("kind")
            if kind == "file" and (has_text(compound.find("briefdescription"))
                                   or has_text(compound.find("detaileddescription"))):
                files.add(compound.findtext("compoundname", ""))
            if kind in ("class", "struct", "union"):
                name = compound.findtext("compoundname", "").split("::")[-1]
                note(name, compound)
            for member in compound.iter("memberdef"):
                note(member.findtext("name", ""), member)
                location = member.find("location")
                header = location.get("file", "") if location is not None else ""
                for value in member.iter("enumvalue"):
                    key = (value.findtext("name", ""), header)
                    value_docs[key] = note(key[0], value) or value_docs.get(key, False)
    return docs, value_docs, files


def library_exports(library):
    out = subprocess.run(["nm", "-D", "--defined-only", library], check=True,
                         capture_output=True, text=True).stdout
    return {line.split()[-1] for line in out.splitlines()
            if len(line.split()) == 3 and line.split()[1] == "T" and line.split()[-1].startswith("TIM")}


def doxygen_warnings(log):
    """(undocumented-member warnings that are not about macros, other warnings)."""
    undocumented, other = [], []
    for line in Path(log).read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.strip() or line.startswith("  "):
            continue
        if "is not documented" in line:
            if "(macro definition)" not in line:
                undocumented.append(line)
        else:
            other.append(line)
    return undocumented, other


def is_cpp(header):
    """Whether a header belongs to the V2 C++ API, whose enum values must all be described."""
    return (header.startswith("V2TIM") or header == "ImSDK_CPP.h"
            or header.startswith("timconv/"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("include_dir")
    parser.add_argument("xml_dir")
    parser.add_argument("--warnings", help="Doxygen's warning log (WARN_LOGFILE)")
    parser.add_argument("--library", help="shared library whose TIM* exports must be declared")
    parser.add_argument("--strict", action="store_true",
                        help="C enum values and markup warnings fail too")
    args = parser.parse_args()

    names, aliases, value_headers = declared(args.include_dir)
    docs, value_docs, files = documented(args.xml_dir)
    public = {name for _, name in names}
    problems, notes, counts = [], [], {}
    for header in sorted({h for h in names.values()}):
        if Path(header).name not in files:
            problems.append(f"{header} has no /** @file */ comment: the HTML leaves out its "
                            "functions, macros, enums and typedefs")
    for (kind, name), header in sorted(names.items(), key=lambda x: (x[1], x[0])):
        counts[kind] = counts.get(kind, 0) + 1
        if kind == "enum value":
            for where in value_headers[name]:
                if value_docs.get((name, where)):
                    continue
                if (name, where) not in value_docs and docs.get(name):
                    continue  # not in Doxygen's output for that header: judged by its name
                state = "is not documented" if name in docs else "is missing from the docs"
                message = f"{where}: enum value {name} {state}"
                (problems if args.strict or is_cpp(where) else notes).append(message)
            continue
        if docs.get(name):
            continue
        if kind == "macro" and aliases.get(name) in public:
            continue  # an old spelling: judged as the name it stands for
        if name not in docs:
            problems.append(f"{header}: {kind} {name} is missing from the docs")
        else:
            problems.append(f"{header}: {kind} {name} is not documented")

    if args.warnings:
        undocumented, other = doxygen_warnings(args.warnings)
        problems.extend(undocumented)
        (problems if args.strict else notes).extend(other)

    if args.library:
        if Path(args.library).exists():
            functions = {name for kind, name in names if kind == "function"}
            for symbol in sorted(library_exports(args.library) - functions):
                problems.append(f"{args.library}: export {symbol} is declared in no header")
        else:
            print(f"check_docs: {args.library} not built; export cross-check skipped")

    problems = list(dict.fromkeys(problems))  # Doxygen repeats some warnings
    plural = {"class": "classes"}
    summary = ", ".join(f"{n} {plural.get(kind, kind + 's')}" for kind, n in sorted(counts.items()))
    total = sum(counts.values())
    if notes:
        for line in notes[:20]:
            print("note:", line)
        more = f" (first 20 shown)" if len(notes) > 20 else ""
        print(f"check_docs: {len(notes)} notes{more}: enum values of the C headers without a "
              "comment and Doxygen markup warnings; --strict makes them errors")
    if problems:
        for line in problems[:200]:
            print(line)
        if len(problems) > 200:
            print(f"... and {len(problems) - 200} more")
        print(f"check_docs: FAILED: {len(problems)} undocumented ({total} public names: {summary})")
        return 1
    print(f"check_docs: every export, key constant, enum, typedef and class documented "
          f"({total} public names: {summary})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

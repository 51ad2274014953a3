"""Reads the public names out of the SDK's C headers (a directory of *.h files).

Returns what a drop-in must declare: JSON key constants (name -> string), `#define OLD NEW`
aliases, enums (name -> [(value name, int value)]), callback typedefs (name -> C text) and
function prototypes (name -> (return type, [(type, param name)])). Only the shapes those headers
use are understood; anything unexpected raises, so a new header cannot be half-read silently.
"""

import os
import re

HEADER_ORDER = [
    "TIMCloudComm.h", "TIMCloudDef.h", "TIMErrorCode.h", "TIMManager.h",
    "TIMConversationManager.h", "TIMMessageManager.h", "TIMGroupManager.h",
    "TIMFriendshipManager.h", "TIMCommunityManager.h", "TIMSignalingManager.h",
    "TIMOfflinePushManager.h", "TIMExperimentalAPI.h",
]

# Macros of the export machinery and the C library shims, not API names.
NOT_NAMES = {"TIM_API", "TIM_DECL", "true", "false", "_INTPTR_T_DEFINED", "_UINTPTR_T_DEFINED"}


def strip_comments(text):
    """Removes // and /* */ comments, keeping string literals and line structure."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if c == '"':
            j = i + 1
            while text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            out.append(text[i:j + 1])
            i = j + 1
        elif text.startswith("//", i):
            while i < n and text[i] != "\n":
                i += 1
        elif text.startswith("/*", i):
            j = text.index("*/", i + 2)
            out.append("\n" * text.count("\n", i, j))
            i = j + 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def eval_enum_value(expr, names):
    expr = expr.strip()
    if not re.fullmatch(r"[0-9a-fA-FxXuUlL()<>|+\-~ \w]+", expr):
        raise ValueError(f"enum value not understood: {expr!r}")
    py = re.sub(r"\b(0[xX][0-9a-fA-F]+|\d+)[uUlL]*\b", r"\1", expr)
    value = eval(py, {"__builtins__": {}}, dict(names))  # noqa: S307 - trusted header text
    if not isinstance(value, int):
        raise ValueError(f"enum value not an integer: {expr!r}")
    return value


def split_params(text):
    text = " ".join(text.split())
    if text in ("", "void"):
        return []
    params = []
    for p in text.split(","):
        p = p.strip()
        m = re.fullmatch(r"(.*?[\s*])(\w+)", p)
        if not m:
            raise ValueError(f"parameter not understood: {p!r}")
        params.append((normalise_type(m.group(1)), m.group(2)))
    return params


def normalise_type(t):
    t = " ".join(t.replace("*", " * ").split())
    return t.replace(" *", "*")


class Names:
    def __init__(self):
        self.keys = {}       # constant -> (header, string)
        self.aliases = {}    # old name -> (header, new name)
        self.enums = {}      # enum -> (header, [(name, value)])
        self.typedefs = {}   # typedef -> (header, return type, [(type, name)])
        self.functions = {}  # function -> (header, return type, [(type, name)])

    def enum_values(self):
        return {v: val for (_h, vals) in self.enums.values() for v, val in vals}

    def count(self):
        return (len(self.keys) + len(self.aliases) + len(self.enums) + len(self.enum_values())
                + len(self.typedefs) + len(self.functions))


def parse_dir(directory):
    names = Names()
    files = [f for f in HEADER_ORDER if os.path.exists(os.path.join(directory, f))]
    # The C headers only (TIM*.h): the V2 C++ headers beside them are not C declarations.
    extra = sorted(f for f in os.listdir(directory) if f.startswith("TIM") and f.endswith(".h")
                   and f not in HEADER_ORDER and f != "TIMCloud.h")
    for f in files + extra:
        with open(os.path.join(directory, f), encoding="utf-8") as fh:
            # TIM_CALL (our calling-convention macro, empty but on 32-bit Windows) is not a name.
            text = re.sub(r"\bTIM_CALL\b\s*", "", strip_comments(fh.read()))
            parse_text(f, text, names)
    return names


def parse_text(header, text, names):
    for m in re.finditer(r'^\s*static\s+const\s+char\s*\*\s*(\w+)\s*=\s*"((?:[^"\\]|\\.)*)"\s*;', text, re.M):
        add(names.keys, m.group(1), (header, m.group(2)))
    for m in re.finditer(r"^\s*#\s*define\s+(\w+)[ \t]+(\w+)[ \t]*$", text, re.M):
        if m.group(1) not in NOT_NAMES and not m.group(1).startswith("SRC_PLATFORM"):
            add(names.aliases, m.group(1), (header, m.group(2)))
    for m in re.finditer(r'^\s*#\s*define\s+(\w+)\s+"((?:[^"\\]|\\.)*)"\s*$', text, re.M):
        add(names.keys, m.group(1), (header, m.group(2)))
    known = names.enum_values()
    for m in re.finditer(r"\benum\s+(\w+)\s*\{([^}]*)\}\s*\w*\s*;", text):
        values, nxt = [], 0
        for item in m.group(2).split(","):
            item = item.strip()
            if not item:
                continue
            if "=" in item:
                name, expr = (s.strip() for s in item.split("=", 1))
                nxt = eval_enum_value(expr, {**known, **dict(values)})
            else:
                name = item
            if not re.fullmatch(r"\w+", name):
                raise ValueError(f"{header}: enum item not understood: {item!r}")
            values.append((name, nxt))
            nxt += 1
        add(names.enums, m.group(1), (header, values))
        known.update(values)
    for m in re.finditer(r"\btypedef\s+([\w\s*]+?)\s*\(\s*\*\s*(\w+)\s*\)\s*\(([^)]*)\)\s*;", text):
        add(names.typedefs, m.group(2), (header, normalise_type(m.group(1)), split_params(m.group(3))))
    for m in re.finditer(r"\bTIM_(?:API|DECL)\s+([\w\s*]+?)\s*\b(\w+)\s*\(([^)]*)\)\s*;", text):
        add(names.functions, m.group(2), (header, normalise_type(m.group(1)), split_params(m.group(3))))
    # Anything else at file scope that looks like a declaration is a parser gap.
    for m in re.finditer(r"^\s*(struct|union|extern\s+(?!\"C\"))\b", text, re.M):
        raise ValueError(f"{header}: declaration not understood near {text[m.start():m.start() + 60]!r}")


def add(table, name, value):
    """Records a name; a repeat (another header) must say the same, and the first one is kept."""
    if name in table:
        if table[name][1:] != value[1:]:
            raise ValueError(f"{name} declared twice differently: {table[name]} / {value}")
        return
    table[name] = value

#!/usr/bin/python3
"""Writes the rules each ansible-lint profile selects, as the real ansible-lint 6.13.1 lists them.

Reads `ansible-lint --list-profiles` (each profile's rules and the profile it extends) and `ansible-lint -T` (every
rule by tag, which tells the opt-in ones), and writes Fixtures/ansible/profiles.expected.tsv: one
"profile<TAB>rule" line per rule a profile runs (its own rules and those of the profiles it extends, restricted to
rules that exist: ansible-lint filters on whole rule ids, so entries such as name[template] select nothing), and
"(none)<TAB>rule" for the rules that run without a profile (every rule that is not opt-in).
"""
import pathlib
import re
import subprocess

OUT = pathlib.Path(__file__).resolve().parents[3] / "tests" / "IacTest.Lint.Tests" / "Fixtures" / "ansible" / "profiles.expected.tsv"
ANSI = re.compile(r"\x1b\[[0-9;]*m|\x1b\]8;[^\x1b]*\x1b\\")


def run(*arguments):
    result = subprocess.run(["ansible-lint", "--nocolor", *arguments], capture_output=True, text=True, env={"NO_COLOR": "1", "TERM": "dumb", "PATH": "/usr/bin:/bin"})
    return ANSI.sub("", result.stdout)


def main():
    tags = {}
    tag = None
    for line in run("-T").splitlines():
        if re.match(r"^[\w-]+:", line):
            tag = line.split(":")[0]
            tags[tag] = set()
        elif line.strip().startswith("- ") and tag:
            tags[tag].add(line.strip()[2:].strip())
    every_rule = set().union(*tags.values())
    opt_in = tags.get("opt-in", set())

    profiles, extends, current = {}, {}, None
    for line in run("--list-profiles").splitlines():
        text = line.strip()
        if re.fullmatch(r"[a-z]+", text):
            current = text
            profiles[current] = []
        elif current and (match := re.search(r"It extends (\w+) profile", text)):
            extends[current] = match.group(1)
        elif current and text.startswith("•"):
            profiles[current].append(text[1:].strip())

    rows = [("(none)", rule) for rule in sorted(every_rule - opt_in)]
    for name in profiles:
        selected, chain = set(), name
        while chain:
            selected.update(profiles[chain])
            chain = extends.get(chain)
        rows += [(name, rule) for rule in sorted(selected & every_rule)]
    OUT.write_text("".join(f"{profile}\t{rule}\n" for profile, rule in rows))
    print(f"wrote {len(rows)} rows for {len(profiles)} profiles and the default set ({len(every_rule)} rules, {len(opt_in)} opt-in) to {OUT}")


if __name__ == "__main__":
    main()

#!/usr/bin/env bash
# Issue 19, part 4: infra by capability. Moves infra's packages under dk.kk.registry.infra to the packages a newcomer
# can name from the tree, then rewrites package and import lines and fully-qualified names everywhere they are written.
#
#   /work/h-19-restructure.sh [REPO]        (REPO: a git work tree of the registry; default: the current one)
#   NO_BUILD=1 /work/h-19-restructure.sh    (skip the closing `mvn -B -q install -DskipTests`)
#
# Rule-based, not a list of files: a class added since this was written moves with its package (see the table in
# PLAN below), a class added to a package that is split (web, config, reference, measurement) goes to that package's
# default. Idempotent: a second run finds nothing in the old packages and changes nothing. Database migrations and the
# golden event files are never touched.
#
#   web/<sub>/**                         -> api/<sub>/**        the JSON web API, one package per resource
#   web (the request plumbing below)     -> http                what every request passes through, API and UI alike
#   web/Commands, Queries, ReadYourWrites-> gateway             the doors to the command and query sides
#   web (all else, and anything new)     -> api
#   upcasting/**                         -> eventstore/upcasting
#   config/Axon*, BoundedReadAhead*, CorrectionEvents, StoredText -> eventstore   (the Axon event-store adapter)
#   reference/SystemCommands             -> gateway             (commands the registry sends itself)
#   reference/ReferenceDataBootstrap     -> operations
#   reference (all else: EventStore* lookups, TransactionLock) -> eventstore
#   measurement/EventStoreIndicatorVersions -> eventstore
#   measurement (all else: the bulk import) -> imports
#   overdue                              -> operations
#   ui, security, audit, operations, demo, config (rest), the application class: unchanged
set -euo pipefail

REPO=${1:-$(git rev-parse --show-toplevel)}
cd "$REPO"
test -d infra/src/main/java/dk/kk/registry/infra || { echo "not the registry: $REPO" >&2; exit 2; }

python3 - <<'PY'
import os, re, subprocess, sys

BASE = 'dk/kk/registry/infra'
PKG = 'dk.kk.registry.infra'
ROOTS = ['infra/src/main/java', 'infra/src/test/java']

HTTP = {'AdmissibleText', 'AdmissibleTextFilter', 'BadInput', 'CitationInput', 'CsvPageConverter', 'DateRange',
        'IdempotencyFilter', 'JsonConfiguration', 'LanguageParameter', 'NotFound', 'Paging', 'PathIdentifiers',
        'ProblemResponses', 'RequestBodyFilter', 'RequestContext', 'SingleValuedParameters', 'UncertainDateBounds',
        'WebConfiguration'}
GATEWAY = {'Commands', 'Queries', 'ReadYourWrites'}
EVENTSTORE_CONFIG = {'AxonConfiguration', 'BoundedReadAheadStorageEngine', 'CorrectionEvents', 'StoredText'}
# Tests whose subject is not their name minus Test/IT: they go where their subject goes.
TEST_SUBJECT = {'BoundedReadAheadIT': 'BoundedReadAheadStorageEngine', 'CsvFormulaGuardTest': 'CsvPageConverter',
                # the stored shape of events, read through the event store's own serializer
                'EventShapesTest': 'AxonConfiguration', 'EventExamples': 'AxonConfiguration',
                'DatesAsStatedUpcasterTest': 'AxonConfiguration'}

# Whole packages that move (old package path -> new), for names written as packages or paths (docs, scripts).
WHOLE = {'upcasting': 'eventstore/upcasting', 'overdue': 'operations', 'measurement': 'imports'}


def subject(name, test):
    if not test:
        return name
    if name in TEST_SUBJECT:
        return TEST_SUBJECT[name]
    return re.sub(r'(Test|Tests|IT)$', '', name)


def target(pkg, name, test):
    """The new package path (relative to BASE) of class `name` now in package path `pkg`."""
    s = subject(name, test)
    head, _, rest = pkg.partition('/')
    if pkg == 'web':
        if s in HTTP:
            return 'http'
        if s in GATEWAY:
            return 'gateway'
        return 'api'
    if head == 'web':
        return 'api/' + rest
    if head == 'upcasting':
        return 'eventstore/upcasting' + ('/' + rest if rest else '')
    if head == 'overdue':
        return 'operations' + ('/' + rest if rest else '')
    if pkg == 'config' and s in EVENTSTORE_CONFIG:
        return 'eventstore'
    if pkg == 'reference':
        if s == 'SystemCommands':
            return 'gateway'
        if s == 'ReferenceDataBootstrap':
            return 'operations'
        return 'eventstore'
    if head == 'reference':
        return 'eventstore/' + rest
    if pkg == 'measurement' and s == 'EventStoreIndicatorVersions':
        return 'eventstore'
    if head == 'measurement':
        return 'imports' + ('/' + rest if rest else '')
    return pkg


def dotted(path):
    return PKG + ('.' + path.replace('/', '.') if path else '')


# 1. Plan the moves.
moves = []          # (root, old pkg path, new pkg path, name)
for root in ROOTS:
    top = os.path.join(root, BASE)
    test = root.endswith('test/java')
    for d, _, files in os.walk(top):
        pkg = os.path.relpath(d, top)
        pkg = '' if pkg == '.' else pkg
        for f in sorted(files):
            if f.endswith('.java') and pkg:
                new = target(pkg, f[:-5], test)
                if new != pkg:
                    moves.append((root, pkg, new, f[:-5]))

if not moves:
    print('restructure: nothing to move (already done)')
renamed = {}        # old FQN -> new FQN
for root, old, new, name in moves:
    renamed[dotted(old) + '.' + name] = dotted(new) + '.' + name

tracked = set(subprocess.run(['git', 'ls-files', '-z'], capture_output=True, check=True).stdout.decode().split('\0'))

# 2. Move the files (git mv where git tracks them).
for root, old, new, name in moves:
    src = os.path.join(root, BASE, old, name + '.java')
    dst = os.path.join(root, BASE, new, name + '.java')
    if os.path.exists(dst):
        sys.exit(f'restructure: {dst} exists already; refusing to overwrite it with {src}')
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    if src in tracked:
        subprocess.run(['git', 'mv', src, dst], check=True)
    else:
        os.rename(src, dst)
for root in ROOTS:          # packages left empty
    for d, dirs, files in os.walk(os.path.join(root, BASE), topdown=False):
        if not os.listdir(d):
            os.rmdir(d)

# 3. Every class's package after the move, and before it (for names a file used without an import).
now = {}            # simple name -> set of new FQNs (per root pair they may repeat across main/test)
before_pkg = {}     # new file path -> old dotted package
for root, old, new, name in moves:
    before_pkg[os.path.join(root, BASE, new, name + '.java')] = dotted(old)
old_members = {}    # old dotted package -> {name: new FQN}
for root, old, new, name in moves:
    old_members.setdefault(dotted(old), {})[name] = dotted(new) + '.' + name
# classes that did not move still belong to their old package's members (a moved file may use them unimported)
for root in ROOTS:
    top = os.path.join(root, BASE)
    for d, _, files in os.walk(top):
        pkg = os.path.relpath(d, top)
        pkg = '' if pkg == '.' else pkg
        for f in files:
            if f.endswith('.java'):
                p = os.path.join(d, f)
                if p not in before_pkg:
                    before_pkg.setdefault(p, dotted(pkg))
                    old_members.setdefault(dotted(pkg), {}).setdefault(f[:-5], dotted(pkg) + '.' + f[:-5])

# 4. Rewrite names in every tracked text file (and the moved ones), never in migrations or golden events.
def rewritable(path):
    if '/db/migration/' in path or '/src/test/resources/events/' in path:
        return False
    if not os.path.isfile(path) or os.path.islink(path):
        return False
    return re.search(r'\.(java|html|ya?ml|properties|factories|imports|xml|md|sh|txt)$|^scripts/[^.]*$', path)

files = set(p for p in subprocess.run(['git', 'ls-files', '-z'], capture_output=True, check=True)
            .stdout.decode().split('\0') if p)
files |= set(before_pkg)
by_length = sorted(renamed, key=len, reverse=True)
fqn_re = re.compile(r'\b(' + '|'.join(re.escape(k) for k in by_length) + r')\b') if renamed else None
whole_dot = {dotted(k): dotted(v) for k, v in WHOLE.items()}
whole_dot.update({PKG + '.web.' + k.split('/', 1)[1].replace('/', '.'): PKG + '.api.' + k.split('/', 1)[1]
                  .replace('/', '.') for _, o, _, _ in moves for k in [o] if o.startswith('web/')})
# a split package named as a whole in a string (a classpath scan): its default's name
whole_dot.update({'"' + PKG + '.web"': '"' + PKG + '.api"', '"' + PKG + '.reference"': '"' + PKG + '.eventstore"'})
whole_path = {BASE + '/' + k + '/': BASE + '/' + v + '/' for k, v in WHOLE.items()}
whole_path.update({BASE + '/' + o + '/': BASE + '/' + n + '/' for _, o, n, _ in moves if o.startswith('web/')})
changed = 0
for path in sorted(files):
    if not rewritable(path):
        continue
    try:
        text = open(path, encoding='utf-8').read()
    except UnicodeDecodeError:
        text = open(path, encoding='iso-8859-1').read()
        enc = 'iso-8859-1'
    else:
        enc = 'utf-8'
    out = text
    if fqn_re:
        out = fqn_re.sub(lambda m: renamed[m.group(1)], out)
    for old, new in sorted(whole_dot.items(), key=lambda kv: -len(kv[0])):
        out = re.sub(re.escape(old) + (r'\b(?!\.[A-Z])' if old[-1] != '"' else ''), new, out)
    for old, new in whole_path.items():
        out = out.replace(old, new)
    if path.endswith('.java') and path in before_pkg:
        m = re.search(r'^package ([\w.]+);', out, re.M)
        rel = os.path.dirname(path).split('/java/', 1)[1].replace('/', '.')
        if m and m.group(1) != rel:
            out = out[:m.start(1)] + rel + out[m.end(1):]
        # names of the old package the file used without an import, now in another package
        imported = set(re.findall(r'^import (?:static )?([\w.]+);', out, re.M))
        # what the compiler reads: no comments, nothing inside text (one pass, so "*/*" is text, not a comment)
        code = re.sub(r'"""[\s\S]*?"""|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\])+\'|//[^\n]*|/\*[\s\S]*?\*/', ' ', out)
        needed = []
        for name, fqn in old_members.get(before_pkg[path], {}).items():
            if fqn.rsplit('.', 1)[0] == rel or fqn in imported:
                continue
            if os.path.basename(path) == name + '.java':
                continue
            if re.search(r'\b' + re.escape(name) + r'\b', code):
                needed.append(fqn)
        if needed:
            lines = out.split('\n')
            at = max((i for i, l in enumerate(lines) if l.startswith('import ')), default=None)
            if at is None:
                at = next(i for i, l in enumerate(lines) if l.startswith('package '))
                lines[at + 1:at + 1] = [''] + ['import %s;' % n for n in sorted(needed)]
            else:
                lines[at + 1:at + 1] = ['import %s;' % n for n in sorted(needed)]
            out = '\n'.join(lines)
    if out != text:
        open(path, 'w', encoding=enc).write(out)
        changed += 1
print(f'restructure: {len(moves)} classes moved, {changed} files rewritten')
PY

if [ -z "${NO_BUILD:-}" ]; then
    mvn -B -q install -DskipTests
fi

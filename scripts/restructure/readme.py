# Issue 19: the README opens with the two commands and a map; its feature specification moves into docs/.
# Run from the repository's root on the README as it stands: python3 scripts/restructure/readme.py
import re, sys
src = open('README.md', encoding='utf-8').read().split('\n')
def find(h):
    return next(i for i, l in enumerate(src) if l == h)
what = find('## What it is'); ui = find('## The web UI'); mods = find('## Modules'); ext = find('## Running against an external PostgreSQL')
trade = find('## Trade-offs and decisions'); tests = find('## Tests')
head = src[:7]            # title, blank, the two commands (kept exactly)
intro = src[7:what]       # requirements, demo users, API, demo history
modules_tail = src[next(i for i in range(mods, ext) if src[i].startswith("Every event's stored shape")):ext]
def fix(lines):  # links relative to docs/
    return [re.sub(r'\]\(docs/', '](', l).replace('](README.md', '](../README.md') for l in lines]
def write(path, title, lead, lines):
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join([title, '', lead, ''] + fix(lines)).rstrip('\n') + '\n')
write('docs/getting-started.md', '# Getting started', 'The demo users, the API\'s description and the demo history the registry records on first start ([back to the README](../README.md)).', intro)
write('docs/features.md', '# What the registry does', 'The feature specification: what it is, for whom, and the web UI ([back to the README](../README.md)).', src[what:mods])
write('docs/operations.md', '# Running and operating it', 'An external PostgreSQL, sign-in, two instances, backup and restore, deployment, imports, rebuilds and errors ([back to the README](../README.md)).', src[ext:trade])
write('docs/testing.md', '# Tests', 'What `mvn -B verify` runs, and the tests that pin the registry\'s promises ([back to the README](../README.md)).', src[tests:] + [''] + ['## Events pinned', ''] + [l for l in modules_tail if l.strip()])
decisions = src[trade + 2:tests]
readme = head + ['''You need only a JDK 17+ and Maven 3.8+. The first command builds the registry, starts a real PostgreSQL inside the
JVM and prints where to open it; sign in as `pm.tmf`, `pm.sof`, `evaluator`, `auditor` or `admin`, password `demo`
([getting started](docs/getting-started.md)). Code is formatted by one command: `mvn -B spotless:apply`.

## Map

| module | holds | depends on |
|---|---|---|
| `shared` | the registry's language: commands, events (`@Revision` on each), queries, views — Java records | the JDK, Axon annotations |
| `command` | aggregates and their named rules (`Intervention`, `Area`, `Policy`, `Screening`, `Goal`, `Measurement`, `DevelopmentPlan`, …) | `shared`, Axon |
| `query` | projections into plain SQL tables, their migrations (`db/migration/query`) and the query handlers | `shared`, Axon, Spring JDBC |
| `infra` | the Spring Boot application, by capability below | all of the above |

`infra/src/main/java/dk/kk/registry/infra/`:

| package | its job |
|---|---|
| `api/<resource>` | the JSON web API, one package per resource (`intervention`, `area`, `goal`, `measurement`, `plan`, `audit`, `admin`, …); `ApiErrors` (problem details), `ApiDocumentation` (`/v3/api-docs`) |
| `ui` | the server-rendered web UI (Spring MVC + Thymeleaf; templates in `src/main/resources/templates`) |
| `http` | what every request passes through, API and UI alike: the text rule (`AdmissibleText`), body limit, idempotency, strict JSON, CSV, paging, problem responses |
| `gateway` | the doors to the two sides: `Commands` (with audit metadata, then read-your-writes), `Queries`, `SystemCommands` |
| `security` | users, roles, sign-in (form and OpenID Connect), login throttling |
| `audit` | the event log as auditors read it, the hash chain, its export and verification |
| `eventstore` | Axon's JDBC event store on PostgreSQL and its serializer, the upcasters (`eventstore/upcasting`), the lookups commands make in the event store |
| `imports` | the bulk measurement import (JSON and CSV, all or nothing), whose `BulkAppend` is the second write path into the event table |
| `operations` | backup, restore, projection rebuild and verify, dead letters, health, metrics, the overdue-deadline backfill, the reference data bootstrap |
| `demo` | the demo history from the seeds |
| `config` | the embedded PostgreSQL, Axon's processors and deadlines, the command bus rules |

`InfraPackagesTest` keeps these packages free of cycles, the UI and API out of the command side's internals, and
the event table written only by the event store (and `BulkAppend`); `ArchitectureTest` keeps the modules apart.

## Read on

- [What the registry does](docs/features.md): the feature specification and the web UI
- [Getting started](docs/getting-started.md): demo users, the API's description, the demo history
- [Running and operating it](docs/operations.md): external PostgreSQL, OpenID Connect, two instances, backup and
  restore, deployment, CSV import, rebuilds, errors
- [Tests](docs/testing.md) and [benchmarks](docs/benchmarks.md)
- Decisions (`docs/adr/`): '''] + decisions
text = '\n'.join(readme).rstrip('\n') + '\n'
a = text.index('- Decisions (`docs/adr/`): \n')
rest = text[a:].split('\n')[2:]
text = text[:a] + '- Decisions a successor would otherwise have to rediscover (`docs/adr/`):\n' + '\n'.join(
    '  ' + l if l.strip() else l for l in rest)
open('README.md', 'w', encoding='utf-8').write(text.rstrip('\n') + '\n')
for path, old, new in [('docs/operations.md', '`web/SingleValuedParameters`', '`http/SingleValuedParameters`'),
                       ('docs/operations.md', '`web/DateRange`', '`http/DateRange`'),
                       ('docs/testing.md', '`infra/.../upcasting`', '`infra/.../eventstore/upcasting`')]:
    t = open(path, encoding='utf-8').read()
    open(path, 'w', encoding='utf-8').write(t.replace(old, new))

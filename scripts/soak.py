#!/usr/bin/env python3
"""Soak test: kill -9 Myfyrio at random moments of its writes, then check that
nothing it reported saved is lost and that the journal is not damaged.

    python3 scripts/soak.py [TRIALS] --myfyrio PATH [--seed N] [--keep FOLDER]
    python3 scripts/soak.py --prove-checks --myfyrio PATH

Each trial starts one command line write and kills it (SIGKILL) after a random
delay between nothing and a little longer than the command takes:

  add            `myfyrio add` of one reflection into the soak journal;
  import-new     `myfyrio import json` of a backup into a journal that does not exist yet;
  import-merge   `myfyrio import json` of a new backup into the soak journal.

What a command reported saved is remembered: the id `add` printed, or an
import's "Records added" line. After every trial the journal is checked with
Python's own sqlite3: PRAGMA integrity_check and the search index's
integrity-check are ok, everything reported saved is there with the same
title, date, text and tags, and an import is all or nothing (never some of a
backup's reflections). Counts are printed at the end; the exit status is 1
when anything was lost or damaged.

--prove-checks damages copies of a journal on purpose (a missing reflection,
changed text, half an import, a damaged page) and fails unless the checks
see each one, so a soak that reports nothing wrong means something.

Standard library only.
"""

import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.parse
import uuid

WORDS = ("dŵr tŷ teulu gofal cartref plentyn rhiant pryder diogelu cyfarfod visit family carer practice "
         "feedback reflection learning assessment risk plan safeguarding wellbeing colleague team "
         "ymweliad gwaith nyrs ysbyty notice feel think because however yesterday today").split()

IMPORT_SIZE = 300  # reflections in each backup an import trial brings
EPOCH = 100        # trials before the soak journal starts again (keeps every check quick)


class Soak:
    def __init__(self, myfyrio, folder, rng):
        self.myfyrio = myfyrio
        self.folder = folder
        self.rng = rng
        self.durations = {}
        self.counts = {"trials": 0, "lost": 0, "corrupt": 0, "killed": 0, "finished": 0,
                       "new journals left empty by a kill": 0}
        self.problems = []
        self.new_epoch(0)

    # -- running Myfyrio ---------------------------------------------------------------------

    def run(self, database, arguments, kill_after=None):
        """Runs myfyrio; kills it after kill_after seconds. Returns (killed, exit code, stdout)."""
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8")
        process = subprocess.Popen([self.myfyrio, "--database", database] + arguments,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        killed = False
        try:
            # communicate() reads as it waits: a long listing never fills the pipe and stalls.
            out, err = process.communicate(timeout=kill_after)
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
            killed = True
            out, err = process.communicate()
        self.last_error = err.decode("utf-8", "replace")
        return killed, process.returncode, out.decode("utf-8", "replace")

    def duration(self, kind, work):
        """How long a command of this kind takes, from its first runs."""
        if kind not in self.durations:
            samples = []
            for _ in range(3):
                start = time.monotonic()
                work()
                samples.append(time.monotonic() - start)
            self.durations[kind] = max(samples)
        return self.durations[kind]

    # -- the journal and what was saved --------------------------------------------------------

    def new_epoch(self, number):
        self.journal = os.path.join(self.folder, "soak-%d.sqlite" % number)
        self.saved = {}        # reflection id -> (title, date, body, tags)
        self.imported = []     # lists of reflection ids: each import is all or nothing
        killed, code, out = self.run(self.journal, ["add", "--title", "Start", "--body", "Start"])
        if killed or code != 0:
            raise SystemExit("myfyrio could not make a journal: " + out)
        self.saved[out.strip()] = ("Start", None, "Start", [])

    def text(self, words):
        return " ".join(self.rng.choice(WORDS) for _ in range(words))

    def template(self):
        """Rows of a backup of this Myfyrio, to copy: its export shows the current schema."""
        if not hasattr(self, "_template"):
            source = os.path.join(self.folder, "template.sqlite")
            self.run(source, ["add", "--title", "T", "--body", "B", "--tag", "dŵr", "--tag", "teulu",
                              "--date", "2024-03-01"])
            backup = os.path.join(self.folder, "template.json")
            self.run(source, ["export", "json", "-o", backup])
            with open(backup, encoding="utf-8") as f:
                self._template = json.load(f)
        return self._template

    def backup(self, path):
        """Writes a backup of IMPORT_SIZE new reflections; returns what it holds."""
        root = json.loads(json.dumps(self.template()))
        tables = root["tables"]
        sample = tables["reflection"][0]
        tags = tables["tag"]
        reflections, links, expected = [], [], {}
        for i in range(IMPORT_SIZE):
            row = dict(sample)
            row.pop("seq", None)
            row["id"] = str(uuid.uuid4())
            row["title"] = "Import %s" % row["id"][:8]
            row["body"] = self.text(40 + self.rng.randrange(80))
            row["entry_date"] = "20%02d-%02d-%02d" % (self.rng.randrange(30), 1 + self.rng.randrange(12),
                                                      1 + self.rng.randrange(28))
            reflections.append(row)
            names = []
            for tag in tags:
                if self.rng.random() < 0.5:
                    links.append({"reflection_id": row["id"], "tag_id": tag["id"]})
                    names.append(tag["name"])
            expected[row["id"]] = (row["title"], row["entry_date"], row["body"], sorted(names))
        for table in list(tables):
            tables[table] = []
        tables["tag"] = tags
        tables["reflection"] = reflections
        tables["reflection_tag"] = links
        with open(path, "w", encoding="utf-8") as f:
            json.dump(root, f, ensure_ascii=False)
        return expected

    # -- checks ---------------------------------------------------------------------------------

    @staticmethod
    def inspect(path, saved, imports):
        """What is wrong with the journal: (damaged, lost) sentences."""
        damaged, lost = [], []
        try:
            db = sqlite3.connect(path, timeout=30)
            try:
                result = db.execute("PRAGMA integrity_check").fetchall()
                if result != [("ok",)]:
                    damaged.append("integrity_check: %r" % result[:3])
                try:
                    db.execute("INSERT INTO reflection_fts (reflection_fts) VALUES ('integrity-check')")
                    db.rollback()
                except sqlite3.DatabaseError as error:
                    damaged.append("search index: %s" % error)
                rows = {}
                for id_, title, date, body in db.execute("SELECT id, title, entry_date, body FROM reflection"):
                    rows[id_] = (title, date, body)
                tags = {}
                for id_, name in db.execute("SELECT rt.reflection_id, t.name FROM reflection_tag rt "
                                            "JOIN tag t ON t.id = rt.tag_id"):
                    tags.setdefault(id_, []).append(name)
            finally:
                db.close()
        except sqlite3.DatabaseError as error:
            return ["cannot be read: %s" % error], lost
        for id_, (title, date, body, tag_names) in saved.items():
            if id_ not in rows:
                lost.append("reported saved, missing: %s %s" % (id_, title))
                continue
            have = rows[id_]
            if have[0] != title or have[2] != body or (date and have[1] != date) or \
                    sorted(tags.get(id_, [])) != sorted(tag_names):
                lost.append("reported saved, changed: %s %s" % (id_, title))
        for ids in imports:
            present = sum(1 for id_ in ids if id_ in rows)
            if 0 < present < len(ids):
                damaged.append("half an import: %d of %d reflections" % (present, len(ids)))
        return damaged, lost

    def check(self, path, saved, imports, what):
        damaged, lost = self.inspect(path, saved, imports)
        if damaged:
            self.counts["corrupt"] += 1
        if lost:
            self.counts["lost"] += 1
        for problem in damaged + lost:
            self.problems.append("%s: %s" % (what, problem))
            print("  " + self.problems[-1], flush=True)

    # -- trials ---------------------------------------------------------------------------------

    def trial_add(self, number):
        title = "Soak %d %s" % (number, self.text(3))
        body = self.text(20 + self.rng.randrange(200))
        date = "20%02d-%02d-%02d" % (self.rng.randrange(30), 1 + self.rng.randrange(12), 1 + self.rng.randrange(28))
        tags = sorted(set(self.rng.sample(WORDS, self.rng.randrange(3))))
        arguments = ["add", "--title", title, "--date", date, "--body", body]
        for tag in tags:
            arguments += ["--tag", tag]
        spare = os.path.join(self.folder, "timing.sqlite")
        took = self.duration("add", lambda: self.run(spare, arguments))
        killed, code, out = self.run(self.journal, arguments, self.rng.uniform(0, took * 1.2))
        reported = out.strip().splitlines()
        if reported:  # the id is printed after the commit
            self.saved[reported[-1].strip()] = (title, date, body, tags)
        self.tally(killed, code)
        self.check(self.journal, self.saved, self.imported, "trial %d (add)" % number)

    def trial_import(self, number, into_new):
        backup = os.path.join(self.folder, "backup-%d.json" % number)
        expected = self.backup(backup)
        target = os.path.join(self.folder, "new-%d" % number, "journal.sqlite") if into_new else self.journal
        def timing():
            spare = os.path.join(self.folder, "timing-%d.sqlite" % self.rng.randrange(1 << 30))
            self.run(spare, ["import", "json", backup])
        took = self.duration("import", timing)
        killed, code, out = self.run(target, ["import", "json", backup], self.rng.uniform(0, took * 1.2))
        reported = "Records added:" in out
        ids = list(expected)
        if into_new:
            if os.path.exists(target) and not reported and self.count_reflections(target) <= 0:
                # Killed before anything was saved: the journal may not even have its tables yet.
                # Nothing was promised; Myfyrio must still open it as a new journal.
                self.counts["new journals left empty by a kill"] += 1
                opened, code, _ = self.run(target, ["list"], 120)
                if opened or code != 0:
                    self.counts["corrupt"] += 1
                    self.problems.append("trial %d: a journal left by a kill does not open: %s"
                                         % (number, self.last_error[:200]))
            elif os.path.exists(target):
                self.check(target, expected if reported else {}, [ids],
                           "trial %d (import into a new journal)" % number)
            elif reported:
                self.counts["lost"] += 1
                self.problems.append("trial %d: import reported saved, no journal" % number)
            shutil.rmtree(os.path.dirname(target), ignore_errors=True)
        else:
            if reported:
                self.saved.update(expected)
            self.imported.append(ids)
            self.check(self.journal, self.saved, self.imported, "trial %d (import into the journal)" % number)
        os.remove(backup)
        self.tally(killed, code)

    @staticmethod
    def count_reflections(path):
        """How many reflections; -1 when the journal has no reflection table yet."""
        try:
            db = sqlite3.connect(path)
            try:
                return db.execute("SELECT count(*) FROM reflection").fetchone()[0]
            finally:
                db.close()
        except sqlite3.OperationalError as error:
            return -1 if "no such table" in str(error) else -2
        except sqlite3.DatabaseError:
            return -2

    def tally(self, killed, code):
        self.counts["trials"] += 1
        self.counts["killed" if killed else "finished"] += 1
        if not killed and code != 0:
            self.problems.append("trial %d: exited %d without being killed" % (self.counts["trials"], code))

    def end_epoch(self, number):
        """Myfyrio itself still opens and lists the journal."""
        killed, code, out = self.run(self.journal, ["list"], 120)
        if killed or code != 0:
            self.counts["corrupt"] += 1
            self.problems.append("epoch %d: myfyrio list failed (%s, exit %s): %s" % (
                number, "killed" if killed else "not killed", code, self.last_error[:300]))

    def cli_writes(self, trials):
        for number in range(1, trials + 1):
            kind = self.rng.random()
            if kind < 0.6:
                self.trial_add(number)
            else:
                self.trial_import(number, into_new=kind < 0.8)
            if number % EPOCH == 0 or number == trials:
                self.end_epoch(number // EPOCH)
                if number != trials:
                    self.new_epoch(number // EPOCH + 1)
            if number % 50 == 0:
                print("  %d trials, lost %d, corrupt %d" % (number, self.counts["lost"], self.counts["corrupt"]),
                      flush=True)

    # -- the GUI's autosave --------------------------------------------------------------------

    def gui_typing(self, trials, typist):
        """Kills the real window (myfyrio_soak_typist) with kill -9 while it is typed into, at a
        random moment 2 to 9 s after the first word is typed; then checks the journal and how many seconds
        of typing it is missing. Returns the seconds lost in each trial."""
        lost_seconds = []
        config = os.path.join(self.folder, "gui-config")
        for number in range(1, trials + 1):
            journal = os.path.join(self.folder, "gui-%d.sqlite" % number)
            killed, code, out = self.run(journal, ["add", "--title", "Typed", "--body", "Start."])
            if killed or code != 0:
                raise SystemExit("myfyrio could not make a journal: " + out)
            rid = out.strip().splitlines()[-1].strip()
            log = os.path.join(self.folder, "gui-%d.log" % number)
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8", XDG_CONFIG_HOME=config)
            process = subprocess.Popen([typist, journal, log, str(self.rng.randrange(1 << 30))],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and process.poll() is None:
                # Typing has begun once the first word is logged after "ready".
                if os.path.exists(log) and len(open(log, encoding="utf-8").read().splitlines()) >= 2:
                    break
                time.sleep(0.05)
            time.sleep(self.rng.uniform(2.0, 9.0))
            process.send_signal(signal.SIGKILL)
            process.wait()
            self.counts["gui trials"] = self.counts.get("gui trials", 0) + 1
            typed, times, next_word = "Start.", [], ""
            with open(log, encoding="utf-8") as f:
                for line in f.read().splitlines()[1:]:
                    stamp, _, word = line.partition("\t")
                    if stamp == "next":
                        next_word = urllib.parse.unquote(word)  # being typed when killed, perhaps in part
                        continue
                    typed += urllib.parse.unquote(word)
                    next_word = ""
                    times.append((len(typed), int(stamp) / 1000.0))
            self.check(journal, {}, [], "gui trial %d" % number)
            db = sqlite3.connect(journal, timeout=30)
            try:
                row = db.execute("SELECT body FROM reflection WHERE id = ?", (rid,)).fetchone()
            finally:
                db.close()
            body = row[0] if row else ""
            if not (typed + next_word).startswith(body):
                self.counts["lost"] += 1
                self.problems.append("gui trial %d: the saved text is not what was typed" % number)
                continue
            # The seconds of typing missing: from the last word the journal has to the last word typed.
            saved_at = max([t for length, t in times if length <= len(body)], default=None)
            last = times[-1][1] if times else None
            if last is None or len(body) >= len(typed):
                lost_seconds.append(0.0)
            else:
                first = times[0][1] - 0.5  # nothing of the typing saved: count from its start
                lost_seconds.append(last - (saved_at if saved_at is not None else first))
        return lost_seconds


def prove_checks(myfyrio, folder):
    """Damages copies of a journal and fails unless each damage is seen."""
    soak = Soak(myfyrio, folder, random.Random(1))
    soak.trial_add(1)
    backup = os.path.join(folder, "prove.json")
    expected = soak.backup(backup)
    soak.run(soak.journal, ["import", "json", backup])
    soak.saved.update(expected)
    ids = list(expected)
    soak.imported.append(ids)
    damaged, lost = Soak.inspect(soak.journal, soak.saved, soak.imported)
    failures = []
    if damaged or lost:
        failures.append("an undamaged journal was reported damaged: %s" % (damaged + lost))

    def variant(name, change, want_damaged, want_lost):
        copy = os.path.join(folder, name + ".sqlite")
        shutil.copy(soak.journal, copy)
        for suffix in ("-wal", "-shm"):
            if os.path.exists(soak.journal + suffix):
                shutil.copy(soak.journal + suffix, copy + suffix)
        change(copy)
        got_damaged, got_lost = Soak.inspect(copy, soak.saved, soak.imported)
        if bool(got_damaged) != want_damaged or bool(got_lost) != want_lost:
            failures.append("%s: seen as damaged=%s lost=%s" % (name, got_damaged, got_lost))

    def sql(statement):
        def change(path):
            db = sqlite3.connect(path)
            db.execute("PRAGMA foreign_keys = OFF")
            db.execute(statement)
            db.commit()
            db.close()
        return change

    first = next(iter(soak.saved))
    variant("missing", sql("DELETE FROM reflection WHERE id = '%s'" % ids[0]), True, True)
    variant("changed", sql("UPDATE reflection SET body = body || '!' WHERE id = '%s'" % first), False, True)
    variant("untagged", sql("DELETE FROM reflection_tag WHERE reflection_id = '%s'" % ids[1]), False, True)

    def broken_page(path):
        db = sqlite3.connect(path)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = db.execute("PRAGMA page_size").fetchone()[0]
        db.close()
        with open(path, "r+b") as f:
            f.seek(page * 3)
            f.write(b"\xff" * page)
    variant("broken-page", broken_page, True, False)
    for failure in failures:
        print("check not working:", failure)
    print("checks proved: %d of 5" % (5 - len(failures)))
    return 1 if failures else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("trials", nargs="?", type=int, default=1000)
    parser.add_argument("--myfyrio", required=True, help="the myfyrio executable")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--keep", help="a folder to work in and leave behind (default: a temporary one)")
    parser.add_argument("--prove-checks", action="store_true")
    parser.add_argument("--gui-trials", type=int, default=0, help="kill -9 trials of the window while it is typed into")
    parser.add_argument("--typist", help="the myfyrio_soak_typist executable (for --gui-trials)")
    parser.add_argument("--max-typing-lost", type=float, default=2.0,
                        help="seconds of typing a window trial may lose (2; CTest allows more on a busy machine)")
    options = parser.parse_args()
    myfyrio = os.path.abspath(options.myfyrio)
    if not os.access(myfyrio, os.X_OK):
        raise SystemExit("There is no myfyrio at %s; build it first." % myfyrio)
    folder = options.keep or tempfile.mkdtemp(prefix="myfyrio-soak-")
    os.makedirs(folder, exist_ok=True)
    try:
        if options.prove_checks:
            return prove_checks(myfyrio, folder)
        seed = options.seed if options.seed is not None else random.randrange(1 << 30)
        print("soak: %d trials of kill -9 during add and import json (seed %d)" % (options.trials, seed), flush=True)
        soak = Soak(myfyrio, folder, random.Random(seed))
        started = time.monotonic()
        soak.cli_writes(options.trials)
        gui_lost = []
        if options.gui_trials:
            if not options.typist or not os.access(options.typist, os.X_OK):
                raise SystemExit("--gui-trials needs --typist, the myfyrio_soak_typist executable.")
            print("soak: %d trials of kill -9 while the window is typed into" % options.gui_trials, flush=True)
            gui_lost = soak.gui_typing(options.gui_trials, os.path.abspath(options.typist))
        for problem in soak.problems[:50]:
            print("  " + problem)
        c = soak.counts
        print("trials %d (killed %d, finished %d), lost %d, corrupt %d; new journals left empty by a kill: %d; "
              "%.0f s" % (c["trials"], c["killed"], c["finished"], c["lost"], c["corrupt"],
                          c["new journals left empty by a kill"], time.monotonic() - started))
        if gui_lost:
            ordered = sorted(gui_lost)
            print("gui trials %d: seconds of typing lost: max %.2f, median %.2f" %
                  (len(ordered), ordered[-1], ordered[len(ordered) // 2]))
        too_much = [s for s in gui_lost if s > options.max_typing_lost]
        if too_much:
            print("  %d gui trials lost more than %.1f s of typing" % (len(too_much), options.max_typing_lost))
        return 1 if c["lost"] or c["corrupt"] or soak.problems or too_much else 0
    finally:
        if not options.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

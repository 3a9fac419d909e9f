// Times importing a 30-year RedNotebook journal: 362 month files, 11,000
// entries, about 18.6 MB, which it writes first into a temporary folder. The
// goal (issue 10): at most 2 s and 200 MB for reading and storing it. Not a
// test: run it by hand,
//   build/release/tests/myfyrio_import_benchmark [ENTRIES]
// It prints the time of each step and the process's peak memory.

#include "core/io/import/importwriter.h"
#include "core/io/import/journalsource.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace myfyrio;

namespace {

/// A YAML single-quoted scalar, as PyYAML writes RedNotebook's text.
QByteArray quoted(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return "'" + escaped.toUtf8() + "'";
}

/// Writes months of entries until `entries` days are written; returns the bytes written.
qint64 writeJournal(const QString& folder, int entries)
{
    const QStringList english{QStringLiteral("The home visit went better than I feared."),
                              QStringLiteral("We talked about what the family needs from us this winter."),
                              QStringLiteral("Supervision helped me see the pattern in the referrals."),
                              QStringLiteral("I was tired, and I noticed I rushed the last assessment.")};
    const QStringList welsh{QStringLiteral("Roedd y tŷ yn oer ac roedd y dŵr wedi'i ddiffodd."),
                            QStringLiteral("Mae'r tîm yn gweithio'n dda gyda'r teulu ar hyn o bryd."),
                            QStringLiteral("Rydw i eisiau trafod y llwyth gwaith yn y sesiwn nesaf.")};
    const QDate start(1993, 11, 1);
    const int months = 362;
    const int perMonth = (entries + months - 1) / months;
    qint64 bytes = 0;
    int written = 0;
    for (int m = 0; m < months && written < entries; ++m) {
        const QDate first = start.addMonths(m);
        QByteArray file;
        for (int day = 1; day <= first.daysInMonth() && day <= perMonth && written < entries; ++day, ++written) {
            const QStringList& words = written % 3 == 0 ? welsh : english;
            QString text;
            for (int s = 0; text.size() < 1620; ++s)
                text +=
                    words.at((written + s) % words.size()) + (s % 5 == 4 ? QStringLiteral("\n") : QStringLiteral(" "));
            file += QByteArray::number(day) + ":\n  text: " + quoted(text.trimmed()) + "\n";
            if (written % 4 == 0)
                file += "  Work: {Supervision: null, Rota: null}\n";
            if (written % 7 == 0)
                file += "  Family: null\n";
        }
        QFile out(QDir(folder).filePath(first.toString(QStringLiteral("yyyy-MM")) + QStringLiteral(".txt")));
        if (!out.open(QIODevice::WriteOnly) || out.write(file) != file.size())
            return -1;
        bytes += file.size();
    }
    return bytes;
}

/// CPU time of the process so far, in milliseconds: a truer measure than the clock on a busy machine.
qint64 cpuMilliseconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000
           + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

long peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024; // kilobytes on Linux
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int entries = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 11000;
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("rednotebook"));
    QDir().mkpath(folder);
    const qint64 bytes = writeJournal(folder, entries);
    if (bytes < 0) {
        out << "could not write the journal" << Qt::endl;
        return 1;
    }
    out << QStringLiteral("RedNotebook journal: %1 entries, %2 month files, %3 MB")
               .arg(entries)
               .arg(QDir(folder).entryList(QDir::Files).size())
               .arg(double(bytes) / 1e6, 0, 'f', 1)
        << Qt::endl;
    const long before = peakMegabytes();

    auto database = Database::open(dir.filePath(QStringLiteral("journal.sqlite")));
    if (!database) {
        out << database.error() << Qt::endl;
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const qint64 cpuStart = cpuMilliseconds();
    auto batch = JournalSource::create(SourceKind::RedNotebook)->read(folder);
    if (!batch) {
        out << batch.error() << Qt::endl;
        return 1;
    }
    const qint64 read = timer.elapsed();
    const qint64 cpuRead = cpuMilliseconds() - cpuStart;
    auto outcome = ImportWriter(**database).write(*batch);
    if (!outcome) {
        out << outcome.error() << Qt::endl;
        return 1;
    }
    const qint64 total = timer.elapsed();
    const qint64 cpuTotal = cpuMilliseconds() - cpuStart;
    out << QStringLiteral("read and parsed: %1 ms (CPU %2 ms)").arg(read).arg(cpuRead) << Qt::endl
        << QStringLiteral("stored: %1 ms (CPU %2 ms)").arg(total - read).arg(cpuTotal - cpuRead) << Qt::endl
        << QStringLiteral("import in all: %1 ms (CPU %2 ms; goal: at most 2000 ms)").arg(total).arg(cpuTotal)
        << Qt::endl
        << QStringLiteral("entries added: %1, skipped: %2").arg(outcome->added).arg(outcome->skipped.size()) << Qt::endl
        << QStringLiteral("peak memory: %1 MB (before the import: %2 MB; goal: at most 200 MB)")
               .arg(peakMegabytes())
               .arg(before)
        << Qt::endl;
    return 0;
}

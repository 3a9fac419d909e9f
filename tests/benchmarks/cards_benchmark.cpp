// Times reading and summing up a card folder, as the team view and
// `myfyrio cards summary` do. Not a test: run it by hand,
//   build/ci-gui/tests/myfyrio_cards_benchmark [--keep FOLDER]
//   build/ci-gui/tests/myfyrio_cards_benchmark --read FOLDER [--repeat N]
// It writes folders of 10,000 and 100,000 generated cards (the same cards
// every run, a few of them withdrawn, duplicated or malformed), then reads
// each folder with CardFolderReader and summarises it with TeamSummary, and
// prints
//   cards_10k <s> s
//   cards_100k <s> s
// The budget: 10,000 cards in at most 1 s, 100,000 in at most 5 s.
// The folder was just written, so it is read from the page cache. The CPU
// time is printed too: on a shared machine the wall time waits for the CPU.
// --read times an existing card folder only (one kept with --keep, or a
// team's real one), N times, for profiling the reader without writing.

#include "core/failure/failurespectrum.h"
#include "core/learning/cardfolderreader.h"
#include "core/learning/cardformat.h"
#include "core/learning/teamsummary.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <sys/resource.h>

using namespace myfyrio;

namespace {

/// A small fixed generator (SplitMix64), so the cards are the same on every machine.
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return static_cast<int>(next() % static_cast<quint64>(n)); }

private:
    quint64 m_state;
};

QString idOf(Random& random)
{
    const quint64 a = random.next();
    const quint64 b = random.next();
    return QStringLiteral("%1-%2-4%3-8%4-%5")
        .arg(a >> 32, 8, 16, QLatin1Char('0'))
        .arg((a >> 16) & 0xFFFF, 4, 16, QLatin1Char('0'))
        .arg((a >> 4) & 0xFFF, 3, 16, QLatin1Char('0'))
        .arg(b >> 52, 3, 16, QLatin1Char('0'))
        .arg(b & 0xFFFFFFFFFFFFULL, 12, 16, QLatin1Char('0'));
}

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

bool writeFolder(const QString& folder, int count)
{
    static const QStringList scales{QString(), QStringLiteral("person"), QStringLiteral("organisation"),
                                    QStringLiteral("place"), QStringLiteral("country")};
    static const QStringList questions{
        QStringLiteral("Protected time for reflective supervision?"), QStringLiteral("Smaller case loads"),
        QStringLiteral("Amser i fyfyrio gyda'n gilydd"), QStringLiteral("Rotas that leave time to rest."),
        QStringLiteral("Rhannu'r hyn a ddysgwn ar draws timau")};
    Random random(20241202);
    for (int i = 0; i < count; ++i) {
        LearningCard card;
        card.id = idOf(random);
        card.title = QStringLiteral("Card %1: what a home visit taught us").arg(i);
        card.lesson = QStringLiteral("Asking what matters first changes the visit, and the notes written with the "
                                     "person are better than the ones written later at the office (%1).")
                          .arg(i);
        card.enabling = questions.at(random.below(static_cast<int>(questions.size())));
        card.scale = scales.at(random.below(static_cast<int>(scales.size())));
        card.tags = {QStringLiteral("visits"), QStringLiteral("tag %1").arg(random.below(40))};
        card.month = QDate(2015 + random.below(10), 1 + random.below(12), 1);
        card.language = random.below(2) == 0 ? QStringLiteral("cy") : QStringLiteral("en");
        if (random.below(5) != 0) {
            const FailureReason reason = FailureSpectrum::reasons().at(random.below(9));
            card.failure = CardFailure{reason, FailureSpectrum::suggestedType(reason), std::nullopt};
        }
        QString name = CardFormat::fileName(card.id);
        QByteArray bytes = CardFormat::serialize(card);
        if (i % 100 == 1)
            bytes = CardFormat::serializeWithdrawal(card.id);
        else if (i % 250 == 2)
            bytes.chop(10); // malformed
        if (!writeBytes(QDir(folder).filePath(name), bytes))
            return false;
        if (i % 500 == 3 && !writeBytes(QDir(folder).filePath(QStringLiteral("copy-") + name), bytes))
            return false;
    }
    return true;
}

/// User and system CPU time of this process so far, in seconds.
double cpuSeconds()
{
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + t.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

void timeReading(QTextStream& out, const char* label, const QString& folder)
{
    QElapsedTimer timer;
    const double cpuBefore = cpuSeconds();
    timer.start();
    const CardCollection collection = CardFolderReader::read({folder});
    const qint64 read = timer.nsecsElapsed();
    const TeamPattern pattern = TeamSummary::summarise(collection.cards);
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpuBefore;
    out << label << ' ' << QString::number(seconds, 'f', 3) << " s  (CPU " << QString::number(cpu, 'f', 3)
        << " s; reading " << QString::number(static_cast<double>(read) / 1e9, 'f', 3) << " s; " << pattern.cards
        << " cards, " << collection.malformed << " malformed, " << collection.withdrawn << " withdrawn)" << Qt::endl;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int keepAt = static_cast<int>(arguments.indexOf(QStringLiteral("--keep")));
    const int readAt = static_cast<int>(arguments.indexOf(QStringLiteral("--read")));
    const int repeatAt = static_cast<int>(arguments.indexOf(QStringLiteral("--repeat")));
    QTextStream out(stdout);
    if (readAt > 0) {
        const int repeat = repeatAt > 0 ? qMax(1, arguments.value(repeatAt + 1).toInt()) : 1;
        for (int i = 0; i < repeat; ++i)
            timeReading(out, "cards_read", arguments.value(readAt + 1));
        return 0;
    }
    QTemporaryDir temporary;
    const QString root = keepAt > 0 ? arguments.value(keepAt + 1) : temporary.path();
    for (const auto& [label, count] : {std::pair{"cards_10k", 10000}, std::pair{"cards_100k", 100000}}) {
        const QString folder = QDir(root).filePath(QString::fromLatin1(label));
        if (!QDir().mkpath(folder) || !writeFolder(folder, count)) {
            std::fprintf(stderr, "could not write %s\n", qPrintable(folder));
            return 1;
        }
        timeReading(out, label, folder);
    }
    return 0;
}

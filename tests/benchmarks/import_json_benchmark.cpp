// Times `myfyrio import json` of a whole journal into an empty one, and its
// peak memory. Not a test: run it by hand (see the README),
//   build/release/tests/myfyrio_import_json_benchmark [--myfyrio PATH] [--keep FOLDER]
// It writes backups of 11,000 and 100,000 reflections from a fixed generated
// corpus (the same bytes every run), imports each into an empty journal with
// the command line, and prints
//   import_json_11k <s> s
//   import_json_11k_peak_mb <MB> MB
//   import_json_100k <s> s
//   import_json_100k_peak_mb <MB> MB
// Peak memory is the import process's maximum resident set size.

#include "core/failure/failurespectrum.h"
#include "core/journal/tagstore.h"
#include "core/models/modelcatalog.h"
#include "core/storage/database.h"
#include "core/storage/migration.h"
#include "core/storage/sql.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

#include <cstdint>
#include <functional>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace myfyrio;

namespace {

/// A small fixed generator (SplitMix64), so the corpus is the same on every machine.
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

const QStringList& words()
{
    static const QStringList list =
        QStringLiteral(
            "visit family dŵr supervision tŷ rota teulu gofal cartref plentyn rhiant pryder diogelu cyfarfod "
            "meeting carer practice feedback reflection learning assessment risk plan safeguarding wellbeing "
            "colleague manager team sefyllfa effaith ymweliad gwaith cymdeithasol nyrs ysbyty clinic referral "
            "review goal progress concern outcome support advice listen explain decide agree notice feel think "
            "because however although therefore afterwards before during while yesterday today tomorrow "
            "mam dad ysgol athro meddyg cymydog ffrind cyngor llys adroddiad nodiadau amser hir byr anodd hawdd "
            "the and of to in that with for on was it as at by from this which but not be have had has were "
            "y a yn ar o i am gan gyda dros drwy heb hyd wrth yr mae roedd bydd oedd fe fo hi nhw ni chi")
            .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return list;
}

QString sentences(Random& random, int count)
{
    QString text;
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            text += random.below(12) == 0 ? QStringLiteral(".\n\n") : QStringLiteral(". ");
        const int length = 6 + random.below(14);
        for (int w = 0; w < length; ++w) {
            if (w > 0)
                text += QLatin1Char(' ');
            text += words().at(random.below(static_cast<int>(words().size())));
        }
    }
    return text + QLatin1Char('.');
}

QString uuid(Random& random)
{
    const quint64 a = random.next();
    const quint64 b = random.next();
    return QUuid(static_cast<uint>(a >> 32), static_cast<ushort>(a >> 16), static_cast<ushort>((a & 0x0fff) | 0x4000),
                 static_cast<uchar>(((b >> 56) & 0x3f) | 0x80), static_cast<uchar>(b >> 48),
                 static_cast<uchar>(b >> 40), static_cast<uchar>(b >> 32), static_cast<uchar>(b >> 24),
                 static_cast<uchar>(b >> 16), static_cast<uchar>(b >> 8), static_cast<uchar>(b))
        .toString(QUuid::WithoutBraces);
}

/// Writes rows of one table as a JSON array, one record at a time.
class TableOut
{
public:
    TableOut(QFile& file, const char* name, bool first) : m_file(file)
    {
        m_file.write(first ? "\n" : ",\n");
        m_file.write("\"");
        m_file.write(name);
        m_file.write("\": [");
    }
    ~TableOut() { m_file.write("]"); }
    void row(const QJsonObject& row)
    {
        m_file.write(m_first ? "\n" : ",\n");
        m_first = false;
        m_file.write(QJsonDocument(row).toJson(QJsonDocument::Compact));
    }

private:
    QFile& m_file;
    bool m_first = true;
};

QString time(const QDate& date, int seconds)
{
    return date.startOfDay(Qt::UTC).addSecs(seconds).toString(Qt::ISODateWithMs);
}

/// The corpus: reflections over 30 years and more, with tags, guided answers, actions and failure placements.
bool writeBackup(const QString& path, int reflections)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("{\"exported\": \"2026-01-01T00:00:00.000Z\", \"format\": \"myfyrio-backup\", \"formatVersion\": 1, "
               "\"schemaVersion\": 4, \"tables\": {");
    Random random(20261201);
    QStringList tagIds;
    {
        TableOut tags(file, "tag", true);
        for (int i = 0; i < 300; ++i) {
            const QString name = words().at(i % words().size()) + QString::number(i);
            tagIds << uuid(random);
            tags.row({{QStringLiteral("id"), tagIds.last()},
                      {QStringLiteral("name"), name},
                      {QStringLiteral("folded"), TagStore::folded(name)}});
        }
    }
    QVector<const ReflectiveModel*> guided;
    for (const ReflectiveModel& model : ModelCatalog::builtIns()) {
        if (!model.prompts.isEmpty())
            guided << &model;
    }
    // Each table is written in its own pass over the same generator state, so the tables agree.
    const auto each = [&](const std::function<void(int, Random&, const QString&, const QDate&)>& visit) {
        Random r(7);
        const QDate start(1995, 1, 1);
        for (int i = 0; i < reflections; ++i) {
            Random own(r.next());
            const QString id = uuid(own);
            visit(i, own, id, start.addDays(i * 11000 / qMax(1, reflections) + own.below(3)));
        }
    };
    const auto modelOf = [&](Random& r) -> const ReflectiveModel* {
        return r.below(10) < 3 ? guided.at(r.below(static_cast<int>(guided.size()))) : nullptr;
    };
    {
        TableOut out(file, "reflection", false);
        each([&](int i, Random& r, const QString& id, const QDate& date) {
            const ReflectiveModel* model = modelOf(r);
            out.row({{QStringLiteral("seq"), i + 1},
                     {QStringLiteral("id"), id},
                     {QStringLiteral("title"), sentences(r, 1).left(60)},
                     {QStringLiteral("entry_date"), date.toString(Qt::ISODate)},
                     {QStringLiteral("created_at"), time(date, 64800)},
                     {QStringLiteral("updated_at"), time(date, 65000)},
                     {QStringLiteral("body"), sentences(r, 6 + r.below(12))},
                     {QStringLiteral("lang"), r.below(2) == 0 ? QStringLiteral("cy") : QStringLiteral("en")},
                     {QStringLiteral("bring_to_supervision"), r.below(4) == 0 ? 1 : 0},
                     {QStringLiteral("model"), model ? model->code : QStringLiteral("free")},
                     {QStringLiteral("scale"), QJsonValue::Null},
                     {QStringLiteral("dont_resurface"), 0}});
        });
    }
    {
        TableOut out(file, "reflection_answer", false);
        each([&](int, Random& r, const QString& id, const QDate&) {
            const ReflectiveModel* model = modelOf(r);
            if (!model)
                return;
            for (const ModelPrompt& prompt : model->prompts) {
                if (r.below(3) != 0)
                    out.row({{QStringLiteral("reflection_id"), id},
                             {QStringLiteral("prompt_code"), prompt.code},
                             {QStringLiteral("text"), sentences(r, 1 + r.below(3))}});
            }
        });
    }
    {
        TableOut out(file, "reflection_tag", false);
        each([&](int, Random& r, const QString& id, const QDate&) {
            QSet<int> used;
            for (int t = r.below(4); t > 0; --t) {
                const int tag = r.below(static_cast<int>(tagIds.size()));
                if (used.contains(tag))
                    continue;
                used.insert(tag);
                out.row({{QStringLiteral("reflection_id"), id}, {QStringLiteral("tag_id"), tagIds.at(tag)}});
            }
        });
    }
    {
        TableOut out(file, "reflection_action", false);
        each([&](int, Random& r, const QString& id, const QDate& date) {
            for (int a = r.below(5) == 0 ? 1 + r.below(2) : 0; a > 0; --a)
                out.row({{QStringLiteral("id"), uuid(r)},
                         {QStringLiteral("reflection_id"), id},
                         {QStringLiteral("position"), a},
                         {QStringLiteral("text"), sentences(r, 1)},
                         {QStringLiteral("due_date"), date.addDays(14).toString(Qt::ISODate)},
                         {QStringLiteral("done"), 0},
                         {QStringLiteral("done_at"), QJsonValue::Null},
                         {QStringLiteral("created_at"), time(date, 64800)},
                         {QStringLiteral("updated_at"), time(date, 64800)}});
        });
    }
    {
        TableOut out(file, "failure_placement", false);
        each([&](int, Random& r, const QString& id, const QDate&) {
            if (r.below(10) != 0)
                return;
            const FailureReason reason = FailureSpectrum::reasons().at(r.below(9));
            out.row({{QStringLiteral("reflection_id"), id},
                     {QStringLiteral("reason"), FailureSpectrum::code(reason)},
                     {QStringLiteral("type"), FailureSpectrum::code(FailureSpectrum::suggestedType(reason))},
                     {QStringLiteral("type_overridden"), 0},
                     {QStringLiteral("setting"), QJsonValue::Null},
                     {QStringLiteral("blame_felt"), r.below(5)},
                     {QStringLiteral("system_factors"), sentences(r, 1)}});
        });
    }
    file.write("\n}}\n");
    return file.flush() && file.error() == QFile::NoError;
}

struct Run {
    bool ok = false;
    double seconds = 0;
    double peakMb = 0;
};

Run importInto(const QString& myfyrio, const QString& journal, const QString& backup)
{
    QElapsedTimer timer;
    timer.start();
    const pid_t child = fork();
    if (child == 0) {
        const QByteArray program = QFile::encodeName(myfyrio);
        const QByteArray database = QFile::encodeName(journal);
        const QByteArray file = QFile::encodeName(backup);
        if (!freopen("/dev/null", "w", stdout))
            _exit(126);
        execl(program.constData(), program.constData(), "--database", database.constData(), "import", "json",
              file.constData(), static_cast<char*>(nullptr));
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    Run run;
    if (child < 0 || wait4(child, &status, 0, &usage) != child)
        return run;
    run.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    run.peakMb = static_cast<double>(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
    run.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    return run;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = app.arguments();
    QString myfyrio;
#ifdef MYFYRIO_EXECUTABLE
    myfyrio = QStringLiteral(MYFYRIO_EXECUTABLE);
#endif
    QString keep;
    for (int i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--myfyrio"))
            myfyrio = arguments.at(i + 1);
        if (arguments.at(i) == QLatin1String("--keep"))
            keep = arguments.at(i + 1);
    }
    if (myfyrio.isEmpty()) {
        err << "Say which myfyrio to time with --myfyrio PATH." << Qt::endl;
        return 2;
    }
    QTemporaryDir temp;
    const QString folder = keep.isEmpty() ? temp.path() : keep;
    QDir().mkpath(folder);
    for (const auto& [count, name] : {std::pair<int, const char*>{11000, "11k"}, {100000, "100k"}}) {
        const QString backup = QDir(folder).filePath(QStringLiteral("backup-%1.json").arg(QLatin1String(name)));
        if (!QFileInfo::exists(backup) && !writeBackup(backup, count)) {
            err << "The backup could not be written." << Qt::endl;
            return 1;
        }
        const QString journal = QDir(folder).filePath(QStringLiteral("journal-%1.sqlite").arg(QLatin1String(name)));
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(journal + QLatin1String(suffix));
        const Run run = importInto(myfyrio, journal, backup);
        if (!run.ok) {
            err << "The import of " << name << " failed." << Qt::endl;
            return 1;
        }
        auto db = Database::open(journal);
        const auto reflections =
            db ? sql::scalar((*db)->connection(), QStringLiteral("SELECT count(*) FROM reflection"))
               : Expected<QVariant>(Failure{db.error()});
        if (!reflections || reflections->toInt() != count) {
            err << "The journal of " << name << " does not hold every reflection." << Qt::endl;
            return 1;
        }
        out << "import_json_" << name << ' ' << QString::number(run.seconds, 'f', 2) << " s" << Qt::endl;
        out << "import_json_" << name << "_peak_mb " << QString::number(run.peakMb, 'f', 0) << " MB" << Qt::endl;
        out << "backup_" << name << "_mb " << QString::number(QFileInfo(backup).size() / 1048576.0, 'f', 0) << " MB"
            << Qt::endl;
    }
    return 0;
}

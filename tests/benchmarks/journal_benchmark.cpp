// The figures a large journal must keep (issue 9), measured on journals of
// 11,000 reflections (30 years of daily writing) and 100,000, made from a fixed
// corpus. Not a test: run it by hand from a release build,
//   build/release/tests/myfyrio_journal_benchmark [--sizes 11000,100000] [--keep DIR]
// Each figure is printed as a line "figure value unit".
//
// The journals are written with plain SQL through the build's own schema and
// triggers (as an import would), so the same program measures any version.

#include "app/journal/journalpanel.h"
#include "app/journal/journalview.h"
#include "app/journal/reflectioneditor.h"
#include "app/mainwindow/mainwindow.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTreeView>

#include <algorithm>
#include <functional>
#include <sys/resource.h>

using namespace myfyrio;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

void figure(const QString& name, double value, const char* unit)
{
    out() << name << QLatin1Char(' ') << QString::number(value, 'f', value < 10 ? 3 : 1) << QLatin1Char(' ')
          << QLatin1String(unit) << Qt::endl;
}

/// A fixed vocabulary with a long tail, so that the index is as big as real writing makes it.
QStringList vocabulary()
{
    static const QStringList common = {
        QStringLiteral("the"),
        QStringLiteral("and"),
        QStringLiteral("visit"),
        QStringLiteral("family"),
        QStringLiteral("feedback"),
        QStringLiteral("team"),
        QStringLiteral("manager"),
        QStringLiteral("shift"),
        QStringLiteral("rota"),
        QStringLiteral("care"),
        QStringLiteral("plan"),
        QStringLiteral("risk"),
        QStringLiteral("safeguarding"),
        QStringLiteral("meeting"),
        QStringLiteral("supervision"),
        QStringLiteral("notes"),
        QStringLiteral("learning"),
        QStringLiteral("listened"),
        QStringLiteral("later"),
        QStringLiteral("looked"),
        QStringLiteral("tired"),
        QStringLiteral("worried"),
        QStringLiteral("pleased"),
        QStringLiteral("call"),
        QStringLiteral("dŵr"),
        QStringLiteral("tŷ"),
        QStringLiteral("teulu"),
        QStringLiteral("gwaith"),
        QStringLiteral("ymweliad"),
        QStringLiteral("diogelu"),
        QStringLiteral("cyfarfod"),
        QStringLiteral("llais"),
        QStringLiteral("a"),
        QStringLiteral("i"),
        QStringLiteral("was"),
        QStringLiteral("with"),
        QStringLiteral("about"),
        QStringLiteral("because"),
        QStringLiteral("felt"),
        QStringLiteral("what"),
    };
    QStringList words = common;
    // A long tail of rarer words, as in a real journal: names of places, people, things.
    QRandomGenerator random(7);
    const QString letters = QStringLiteral("abcdefghilmnoprstuwyŵŷ");
    for (int i = 0; i < 6000; ++i) {
        QString word;
        const int length = 4 + int(random.bounded(7));
        for (int c = 0; c < length; ++c)
            word += letters.at(int(random.bounded(letters.size())));
        words.append(word);
    }
    return words;
}

QString body(QRandomGenerator& random, const QStringList& words)
{
    // One entry in twenty mentions feedback, the word the search figures look for.
    QString text = random.bounded(20) == 0 ? QStringLiteral("Some feedback from the family. ") : QString();
    while (text.size() < 1500 + int(random.bounded(400))) {
        // Zipf-like: most words from the common head, some from the tail.
        const double u = random.generateDouble();
        const int index = u < 0.7 ? int(random.bounded(40)) : int(40 + random.bounded(words.size() - 40));
        text += words.at(index);
        text += random.bounded(12) == 0 ? QStringLiteral(". ") : QStringLiteral(" ");
    }
    return text;
}

/// Writes `count` reflections over 30 years with plain SQL, in one transaction.
bool fill(const Database& db, int count)
{
    const QStringList words = vocabulary();
    const QStringList tags = {QStringLiteral("visits"),   QStringLiteral("supervision"),
                              QStringLiteral("team"),     QStringLiteral("safeguarding"),
                              QStringLiteral("learning"), QStringLiteral("wellbeing"),
                              QStringLiteral("family"),   QStringLiteral("hospital"),
                              QStringLiteral("court"),    QStringLiteral("training")};
    QSqlDatabase c = db.connection();
    QSqlQuery(c).exec(QStringLiteral("BEGIN"));
    QSqlQuery tag(c);
    tag.prepare(QStringLiteral("INSERT INTO tag (id, name, folded) VALUES (:id, :name, :name)"));
    for (int t = 0; t < tags.size(); ++t) {
        tag.bindValue(QStringLiteral(":id"), QStringLiteral("tag-%1").arg(t));
        tag.bindValue(QStringLiteral(":name"), tags.at(t));
        tag.exec();
    }
    QSqlQuery insert(c);
    insert.prepare(QStringLiteral("INSERT INTO reflection (id, title, entry_date, created_at, updated_at, body, lang)"
                                  " VALUES (:id, :title, :date, :created, :created, :body, :lang)"));
    QSqlQuery link(c);
    link.prepare(QStringLiteral("INSERT INTO reflection_tag (reflection_id, tag_id) VALUES (:r, :t)"));
    QRandomGenerator random(42);
    const QDate start(1995, 1, 1);
    const int days = 30 * 365;
    for (int i = 0; i < count; ++i) {
        const QString id = QStringLiteral("r-%1").arg(i, 6, 10, QLatin1Char('0'));
        const QDate date = start.addDays(qint64(i) * days / count);
        insert.bindValue(QStringLiteral(":id"), id);
        const QString title = words.at(int(random.bounded(40))) + QLatin1Char(' ')
                              + words.at(int(40 + random.bounded(words.size() - 40)));
        insert.bindValue(QStringLiteral(":title"), title);
        insert.bindValue(QStringLiteral(":date"), date.toString(Qt::ISODate));
        const QString created = date.toString(Qt::ISODate) + QStringLiteral("T18:00:00.000Z");
        insert.bindValue(QStringLiteral(":created"), created);
        insert.bindValue(QStringLiteral(":body"), body(random, words));
        insert.bindValue(QStringLiteral(":lang"), random.bounded(4) == 0 ? QStringLiteral("cy") : QStringLiteral("en"));
        if (!insert.exec()) {
            out() << "# " << insert.lastError().text() << Qt::endl;
            return false;
        }
        const int tagCount = int(random.bounded(4));
        for (int t = 0; t < tagCount; ++t) {
            link.bindValue(QStringLiteral(":r"), id);
            link.bindValue(QStringLiteral(":t"), QStringLiteral("tag-%1").arg((i + t * 3) % tags.size()));
            link.exec();
        }
    }
    QSqlQuery commit(c);
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        out() << "# " << commit.lastError().text() << Qt::endl;
        return false;
    }
    return true;
}

/// The longest time the event loop was blocked while `ms` milliseconds pass.
qint64 longestStall(int ms)
{
    QElapsedTimer total, slice;
    qint64 longest = 0;
    total.start();
    while (total.elapsed() < ms) {
        slice.start();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        longest = std::max(longest, slice.elapsed());
        QTest::qSleep(1);
    }
    return longest;
}

double median(QVector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double childCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/// Median clock and CPU seconds (user + system) of seven runs of a program.
struct Timing {
    double wall = 0;
    double cpu = 0;
};

Timing runSeconds(const QString& program, const QStringList& arguments)
{
    QVector<double> times;
    QVector<double> cpu;
    for (int i = 0; i < 7; ++i) {
        QProcess process;
        QElapsedTimer timer;
        const double cpuBefore = childCpuSeconds();
        timer.start();
        process.start(program, arguments);
        process.waitForFinished(120000);
        times.append(timer.nsecsElapsed() / 1e9);
        cpu.append(childCpuSeconds() - cpuBefore);
        if (process.exitCode() != 0)
            out() << "# " << program << " failed: " << process.readAllStandardError() << Qt::endl;
    }
    return {median(times), median(cpu)};
}

void measure(const QString& label, const QString& path)
{
    // launch → idle: open the journal, build the window and let it settle.
    QElapsedTimer launch;
    launch.start();
    // Opened as the app opens it: the full check runs on a thread of its own.
    Database::Options options;
    options.mode = Database::OpenMode::ExistingOnly;
    options.check = Database::Check::InBackground;
    auto opened = Database::open(path, options);
    if (!opened) {
        out() << "# " << opened.error() << Qt::endl;
        return;
    }
    std::unique_ptr<Database> db = std::move(opened).value();
    auto window = std::make_unique<MainWindow>(*db);
    window->show();
    (void)QTest::qWaitForWindowExposed(window.get());
    QCoreApplication::processEvents();
    figure(QStringLiteral("launch_to_idle_%1").arg(label), launch.nsecsElapsed() / 1e9, "s");
    (void)longestStall(500); // let anything started at launch finish

    QLineEdit* search = window->journal()->panel()->searchBox();
    search->setFocus();
    qint64 typing = 0;
    for (const QChar c : QStringLiteral("feedback")) {
        QTest::keyClick(search, c.toLatin1());
        typing = std::max(typing, longestStall(120)); // a steady typist: a key every 120 ms
    }
    typing = std::max(typing, longestStall(600));
    figure(QStringLiteral("search_typing_stall_%1").arg(label), double(typing), "ms");

    search->clear();
    (void)longestStall(600);
    QTest::keyClick(search, 'L');
    figure(QStringLiteral("search_first_key_stall_%1").arg(label), double(longestStall(1500)), "ms");
    search->clear();
    (void)longestStall(600);

    // Autosave of a one-character edit in the newest reflection.
    QTreeView* list = window->journal()->panel()->list();
    const QModelIndex month = list->model()->index(0, 0);
    list->setCurrentIndex(list->model()->index(0, 0, month));
    (void)longestStall(300);
    QPlainTextEdit* editor = window->journal()->editor()->bodyEdit();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClick(editor, 'x');
    figure(QStringLiteral("autosave_stall_%1").arg(label), double(longestStall(2500)), "ms");
    window.reset();
    db.reset();

    // The command line against the sqlite3 shell, for the same listing.
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (!sqlite3.isEmpty()) {
        // The same listing as the command line prints: date, title, tags, id and the snippet.
        const Timing cli =
            runSeconds(QStringLiteral(MYFYRIO_EXECUTABLE),
                       {QStringLiteral("--database"), path, QStringLiteral("search"), QStringLiteral("feedback")});
        const Timing shell = runSeconds(
            sqlite3, {path, QStringLiteral("SELECT r.entry_date, r.title,"
                                           " (SELECT group_concat(t.name, ', ') FROM reflection_tag rt"
                                           " JOIN tag t ON t.id = rt.tag_id WHERE rt.reflection_id = r.id),"
                                           " r.id, snippet(reflection_fts, -1, '', '', '…', 16)"
                                           " FROM reflection_fts JOIN reflection r ON r.seq = reflection_fts.rowid"
                                           " WHERE reflection_fts MATCH '\"feedback\"*'"
                                           " ORDER BY r.entry_date DESC, r.created_at DESC")});
        figure(QStringLiteral("cli_search_%1").arg(label), cli.wall, "s");
        figure(QStringLiteral("sqlite3_search_%1").arg(label), shell.wall, "s");
        figure(QStringLiteral("cli_search_ratio_%1").arg(label), cli.wall / shell.wall, "x");
        figure(QStringLiteral("cli_search_cpu_%1").arg(label), cli.cpu, "s");
        figure(QStringLiteral("sqlite3_search_cpu_%1").arg(label), shell.cpu, "s");
        figure(QStringLiteral("cli_search_cpu_ratio_%1").arg(label), cli.cpu / shell.cpu, "x");
    }
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    QList<int> sizes{11000, 100000};
    QString keep;
    for (int i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--sizes")) {
            sizes.clear();
            for (const QString& size : arguments.at(i + 1).split(QLatin1Char(',')))
                sizes.append(size.toInt());
        } else if (arguments.at(i) == QLatin1String("--keep")) {
            keep = arguments.at(i + 1);
        }
    }
    QTemporaryDir temporary;
    const QString folder = keep.isEmpty() ? temporary.path() : keep;
    QDir().mkpath(folder);
    qputenv("XDG_CONFIG_HOME", (temporary.path() + QStringLiteral("/config")).toLocal8Bit());
    for (const int size : std::as_const(sizes)) {
        const QString label = size % 1000 == 0 ? QStringLiteral("%1k").arg(size / 1000) : QString::number(size);
        const QString path = folder + QStringLiteral("/journal-%1.sqlite").arg(label);
        QFile::remove(path);
        {
            auto db = Database::open(path);
            if (!db || !fill(**db, size)) {
                out() << "# could not write the journal " << (db ? QString() : db.error()) << Qt::endl;
                return 1;
            }
            (void)sql::run((*db)->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        figure(QStringLiteral("journal_file_%1").arg(label), QFileInfo(path).size() / 1e6, "MB");
        measure(label, path);
    }
    return 0;
}

// Times the autosave of the reflection editor: a key is typed into the body,
// the autosave comes due at once, and the change is written (one transaction,
// synchronous=FULL, in WAL mode) on the saving thread. What the GUI thread
// feels is the longest single turn of its event loop meanwhile: it must stay
// well under 16 ms, the length of one frame. Each turn is timed twice: by the
// clock on the wall (which on a busy machine also counts the time the thread
// waited for a processor) and by the GUI thread's own processor time (the work
// it did). Also printed: how long a whole save takes (what saveNow() waits for
// when switching entry or closing) and the machine's load.
// Not a test: run it by hand,
//   build/release/tests/myfyrio_autosave_benchmark [REFLECTIONS] [FOLDER]
// (100,000 reflections by default, in a temporary folder under FOLDER, which
// defaults to the system's temporary folder: give a folder on the disk the
// journal really lives on, since the time is mostly the disk's flush).
// Prints "figure value unit" lines.

#include "app/common/autosavetimer.h"
#include "app/journal/autosaver.h"
#include "app/journal/reflectioneditor.h"
#include "core/journal/reflectionstore.h"
#include "core/storage/database.h"
#include "core/storage/scopedtransaction.h"
#include "core/util/ids.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace myfyrio;

namespace {

void fill(const Database& db, int count)
{
    const QStringList words{QStringLiteral("visit"),       QStringLiteral("family"), QStringLiteral("dŵr"),
                            QStringLiteral("supervision"), QStringLiteral("tŷ"),     QStringLiteral("rota")};
    ScopedTransaction transaction(db.connection());
    QSqlQuery insert(db.connection());
    insert.prepare(QStringLiteral("INSERT INTO reflection (id, title, entry_date, created_at, updated_at, body)"
                                  " VALUES (:id, :title, :date, :created, :created, :body)"));
    const QDate start(2000, 1, 1);
    for (int i = 0; i < count; ++i) {
        insert.bindValue(QStringLiteral(":id"), newId());
        insert.bindValue(QStringLiteral(":title"), QStringLiteral("Reflection %1").arg(i));
        insert.bindValue(QStringLiteral(":date"), start.addDays(i % 9000).toString(Qt::ISODate));
        insert.bindValue(QStringLiteral(":created"), QStringLiteral("2024-01-01T00:00:00.000Z"));
        insert.bindValue(QStringLiteral(":body"),
                         QString(words.at(i % words.size()) + QStringLiteral(" and more text")));
        insert.exec();
    }
    (void)transaction.commit();
}

void typeKey(QWidget* widget, QChar ch)
{
    QKeyEvent press(QEvent::KeyPress, ch.toUpper().unicode(), Qt::NoModifier, QString(ch));
    QApplication::sendEvent(widget, &press);
    QKeyEvent release(QEvent::KeyRelease, ch.toUpper().unicode(), Qt::NoModifier, QString(ch));
    QApplication::sendEvent(widget, &release);
}

double threadMilliseconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 0)
                                          : QStringLiteral("?");
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir(argc > 2 ? QString::fromLocal8Bit(argv[2]) + QStringLiteral("/myfyrio-bench-XXXXXX") : QString());
    QTextStream out(stdout);
    auto opened = Database::open(dir.filePath(QStringLiteral("journal.sqlite")));
    if (!opened) {
        out << opened.error() << Qt::endl;
        return 1;
    }
    const Database& db = **opened;
    fill(db, count);

    // A long reflection, as written over a shift: about 2,000 words.
    Reflection long_;
    long_.title = QStringLiteral("Night shift");
    long_.date = QDate(2024, 3, 1);
    long_.tags = {QStringLiteral("handover"), QStringLiteral("rota")};
    for (int i = 0; i < 200; ++i)
        long_.body += QStringLiteral("Roedd y tŷ yn oer ac roedd y teulu yn poeni am y dŵr a'r rota. ");
    auto added = ReflectionStore(db).add(long_);
    if (!added) {
        out << added.error() << Qt::endl;
        return 1;
    }
    ReflectionEditor editor;
    editor.resize(900, 700);
    // Not shown: painting the window is not what is measured here.
    editor.setReflection(added.value());
    Autosaver saver(db, &editor);
    QPlainTextEdit* body = editor.bodyEdit();
    body->moveCursor(QTextCursor::End);

    AutosaveTimer::setDelays(0, 0); // due as soon as the event loop turns
    QVector<double> stalls;
    QVector<double> work;
    QVector<double> saves;
    QVector<double> waited;
    const int rounds = 300;
    for (int i = 0; i < rounds; ++i) {
        typeKey(body, QLatin1Char("abcdefghij"[i % 10]));
        QElapsedTimer whole;
        whole.start();
        double longest = 0;
        double busiest = 0;
        while (saver.state() != EditSaver::State::Saved) {
            if (saver.state() == EditSaver::State::Failed) {
                out << saver.failure() << Qt::endl;
                return 1;
            }
            QElapsedTimer turn;
            turn.start();
            const double before = threadMilliseconds();
            QCoreApplication::processEvents(QEventLoop::AllEvents);
            busiest = qMax(busiest, threadMilliseconds() - before);
            longest = qMax(longest, static_cast<double>(turn.nsecsElapsed()) / 1e6);
        }
        stalls.append(longest);
        work.append(busiest);
        saves.append(static_cast<double>(whole.nsecsElapsed()) / 1e6);
        // And the same change saved by saveNow(), which waits (switching entry, closing).
        typeKey(body, QLatin1Char(' '));
        AutosaveTimer::setDelays(60000, 60000);
        QElapsedTimer now;
        now.start();
        if (!saver.saveNow()) {
            out << saver.failure() << Qt::endl;
            return 1;
        }
        waited.append(static_cast<double>(now.nsecsElapsed()) / 1e6);
        AutosaveTimer::setDelays(0, 0);
    }
    const auto print = [&out](const QString& figure, QVector<double> values) {
        std::sort(values.begin(), values.end());
        out << figure << QStringLiteral("_median %1 ms").arg(values.at(values.size() / 2), 0, 'f', 2) << Qt::endl;
        out << figure << QStringLiteral("_p95 %1 ms").arg(values.at(values.size() * 95 / 100), 0, 'f', 2) << Qt::endl;
        out << figure << QStringLiteral("_max %1 ms").arg(values.last(), 0, 'f', 2) << Qt::endl;
    };
    out << QStringLiteral("reflections %1 count").arg(count) << Qt::endl;
    out << QStringLiteral("load_average %1 processes").arg(loadAverage()) << Qt::endl;
    print(QStringLiteral("autosave_gui_turn_wall"), stalls);
    print(QStringLiteral("autosave_gui_turn_cpu"), work);
    print(QStringLiteral("autosave_whole_save"), saves);
    print(QStringLiteral("save_now_wait"), waited);
    return 0;
}

// The GUI part of the soak (scripts/soak.py): the real main window on a journal,
// typing into the open reflection without a pause longer than a fast typist's,
// until it is killed with kill -9. Each word is logged (wall-clock milliseconds,
// then the word; "next" and the word before it is typed) to the log file, so the soak can tell
// which of the typed text the journal kept and how many seconds of typing were lost.
//
//     myfyrio_soak_typist JOURNAL LOG SEED
//
// The journal must hold one reflection; its body is typed after.
#include "app/journal/journalpanel.h"
#include "app/journal/journalview.h"
#include "app/journal/reflectioneditor.h"
#include "app/mainwindow/mainwindow.h"
#include "core/storage/database.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QTest>
#include <QTreeView>

using namespace myfyrio;

namespace {

void settle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QTest::qSleep(1);
    }
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 4) {
        QTextStream(stderr) << "usage: myfyrio_soak_typist JOURNAL LOG SEED\n";
        return 2;
    }
    Database::Options options;
    options.mode = Database::OpenMode::ExistingOnly;
    auto opened = Database::open(arguments.at(1), options);
    if (!opened) {
        QTextStream(stderr) << opened.error() << '\n';
        return 1;
    }
    const std::unique_ptr<Database> db = std::move(opened).value();
    QFile log(arguments.at(2));
    if (!log.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return 1;
    QRandomGenerator random(arguments.at(3).toUInt());

    MainWindow window(*db);
    window.show();
    (void)QTest::qWaitForWindowExposed(&window);
    QTreeView* list = window.journal()->panel()->list();
    settle(300);
    const QModelIndex month = list->model()->index(0, 0);
    list->setCurrentIndex(list->model()->index(0, 0, month));
    settle(300);
    QPlainTextEdit* editor = window.journal()->editor()->bodyEdit();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    log.write("ready\n");

    static const char* const words[] = {"visit",    "family", "feedback", "teulu",    "gwaith",
                                        "listened", "later",  "worried",  "dŵr",      "tŷ",
                                        "plan",     "risk",   "care",     "learning", "shift"};
    for (;;) {
        const QString word = QString::fromUtf8(words[random.bounded(int(std::size(words)))]) + QLatin1Char(' ');
        // The word about to be typed: the journal may keep part of it.
        log.write("next\t" + word.toUtf8().toPercentEncoding() + '\n');
        for (const QChar c : word) {
            QTest::keyClicks(editor, QString(c));
            settle(int(random.bounded(20, 90))); // between keys: a fast typist, never a pause
        }
        const QByteArray line =
            QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + '\t' + word.toUtf8().toPercentEncoding() + '\n';
        log.write(line);
    }
}

// Times launch → idle of the window on a large journal: opening the journal,
// building the main window and showing it, until the event loop first has
// nothing left to do. Not a test: run it by hand (it takes a minute to build
// the journal),
//   QT_QPA_PLATFORM=offscreen build/release/tests/myfyrio_launch_benchmark [REFLECTIONS]
// (100,000 by default). It prints
//   launch_to_idle_100k <seconds> s          the app's way: the check runs on its own thread
//   launch_to_idle_100k_check_first <s> s    the check on the GUI thread before the window (as before)
//   background_check_100k <seconds> s        from opening until the check off the GUI thread is done
//   backup_100k <seconds> s                  one automatic backup (copy, full check, thinning), window shown
//   backup_longest_stall_100k <ms> ms        the longest the window's event loop waited meanwhile (goal: 16)
// and removes its temporary journal afterwards.

#include "app/mainwindow/mainwindow.h"
#include "core/backup/backupservice.h"
#include "core/i18n/translations.h"
#include "core/storage/database.h"
#include "core/storage/scopedtransaction.h"
#include "core/util/ids.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

using namespace myfyrio;

namespace {

/// About 3,000 characters of plausible text, the same for a given seed.
QString bodyFor(quint32 seed)
{
    static const QStringList words{
        QStringLiteral("visit"),       QStringLiteral("family"),   QStringLiteral("dŵr"),
        QStringLiteral("supervision"), QStringLiteral("tŷ"),       QStringLiteral("rota"),
        QStringLiteral("medication"),  QStringLiteral("handover"), QStringLiteral("safeguarding"),
        QStringLiteral("learning"),    QStringLiteral("gofal"),    QStringLiteral("cymorth"),
        QStringLiteral("the"),         QStringLiteral("and"),      QStringLiteral("I"),
        QStringLiteral("felt"),        QStringLiteral("team"),     QStringLiteral("next"),
        QStringLiteral("time"),        QStringLiteral("because")};
    QRandomGenerator random(seed);
    QString body;
    body.reserve(3100);
    while (body.size() < 3000)
        body += words.at(int(random.bounded(quint32(words.size())))) + QLatin1Char(' ');
    return body;
}

bool fill(const Database& db, int count, QTextStream& out)
{
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
        insert.bindValue(QStringLiteral(":body"), bodyFor(quint32(i)));
        if (!insert.exec()) {
            out << "could not fill the journal" << Qt::endl;
            return false;
        }
    }
    return transaction.commit().ok();
}

/// Seconds from opening the journal until the event loop is first idle with the window shown.
double launchToIdle(const QString& path, Database::Check check, double* checkSeconds = nullptr)
{
    QElapsedTimer timer;
    timer.start();
    Database::Options options;
    options.mode = Database::OpenMode::ExistingOnly;
    options.check = check;
    auto db = Database::open(path, options);
    if (!db)
        return -1;
    double idle = 0;
    {
        MainWindow window(**db);
        window.resize(1180, 760);
        window.show();
        QEventLoop loop;
        auto* dispatcher = QAbstractEventDispatcher::instance();
        const auto connection = QObject::connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, &loop, [&] {
            if (idle == 0 && window.isVisible()) {
                idle = double(timer.nsecsElapsed()) / 1e9;
                loop.quit();
            }
        });
        loop.exec();
        QObject::disconnect(connection);
        (*db)->waitForCheck();
        if (checkSeconds)
            *checkSeconds = double(timer.nsecsElapsed()) / 1e9;
        window.close();
    }
    return idle;
}

/// Makes one backup in the background with the window shown; returns its
/// seconds and sets *stall to the longest gap (ms) between two ticks of a 1 ms
/// timer on the GUI thread meanwhile.
double backupInBackground(const QString& path, qint64* stall)
{
    Database::Options options;
    options.mode = Database::OpenMode::ExistingOnly;
    auto db = Database::open(path, options);
    if (!db)
        return -1;
    MainWindow window(**db);
    window.resize(1180, 760);
    window.show();
    QCoreApplication::processEvents();
    QEventLoop loop;
    QElapsedTimer since;
    QElapsedTimer timer;
    qint64 longest = 0;
    QTimer tick;
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, [&] { longest = std::max(longest, since.restart()); });
    BackupService& backups = (*db)->backups();
    QObject::connect(&backups, &BackupService::backupMade, &loop, &QEventLoop::quit);
    QObject::connect(&backups, &BackupService::backupFailed, &loop, &QEventLoop::quit);
    timer.start();
    since.start();
    tick.start();
    backups.backupInBackground(BackupReason::Manual);
    loop.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    *stall = longest;
    window.close();
    return seconds;
}

} // namespace

int main(int argc, char** argv)
{
    QStandardPaths::setTestModeEnabled(true); // keep the person's own settings out of it
    QApplication app(argc, argv);
    Translations::install(QStringLiteral("en"));
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const QString label = count % 1000 == 0 ? QStringLiteral("%1k").arg(count / 1000) : QString::number(count);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    QTextStream out(stdout);
    {
        auto db = Database::open(path);
        if (!db || !fill(**db, count, out)) {
            out << (db ? QString() : db.error()) << Qt::endl;
            return 1;
        }
    }
    // Once to warm the file cache, as a second launch would find it.
    (void)launchToIdle(path, Database::Check::InBackground);
    double check = 0;
    const double background = launchToIdle(path, Database::Check::InBackground, &check);
    const double first = launchToIdle(path, Database::Check::Now);
    out << QStringLiteral("launch_to_idle_%1 %2 s").arg(label).arg(background, 0, 'f', 3) << Qt::endl;
    out << QStringLiteral("launch_to_idle_%1_check_first %2 s").arg(label).arg(first, 0, 'f', 3) << Qt::endl;
    out << QStringLiteral("background_check_%1 %2 s").arg(label).arg(check, 0, 'f', 3) << Qt::endl;
    qint64 stall = 0;
    const double backup = backupInBackground(path, &stall);
    out << QStringLiteral("backup_%1 %2 s").arg(label).arg(backup, 0, 'f', 3) << Qt::endl;
    out << QStringLiteral("backup_longest_stall_%1 %2 ms").arg(label).arg(stall) << Qt::endl;
    return 0;
}

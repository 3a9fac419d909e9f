// The journal with 100,000 reflections: opening the list reads months and a
// page, not everything. Hidden (it takes a while to write the journal):
//   myfyrio_gui_tests "[.scale]"

#include "app/journal/journalmodel.h"
#include "app/journal/journalpanel.h"
#include "app/journal/journalview.h"
#include "app/mainwindow/mainwindow.h"
#include "core/storage/database.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>
#include <QTreeView>

#include <iostream>

using namespace myfyrio;

TEST_CASE("A journal of 100000 reflections opens without reading them all", "[.scale]")
{
    test::TempJournal journal;
    auto db = journal.open();
    QSqlDatabase connection = db->connection();
    REQUIRE(connection.transaction());
    QSqlQuery insert(connection);
    REQUIRE(insert.prepare(QStringLiteral("INSERT INTO reflection (id, title, entry_date, created_at, updated_at, body,"
                                          " lang, bring_to_supervision) VALUES (:id, :title, :date, :time, :time,"
                                          " :body, 'en', 0)")));
    const QDate start(2000, 1, 1);
    for (int i = 0; i < 100000; ++i) {
        insert.bindValue(QStringLiteral(":id"), QStringLiteral("id-%1").arg(i));
        insert.bindValue(QStringLiteral(":title"), QStringLiteral("Reflection %1").arg(i));
        insert.bindValue(QStringLiteral(":date"), start.addDays(i / 12).toString(Qt::ISODate));
        insert.bindValue(QStringLiteral(":time"), QStringLiteral("2024-01-01T10:00:00.000Z"));
        insert.bindValue(QStringLiteral(":body"), QStringLiteral("What happened on day %1 and what I learned.").arg(i));
        REQUIRE(insert.exec());
    }
    REQUIRE(connection.commit());

    QElapsedTimer timer;
    timer.start();
    MainWindow window(*db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();
    const qint64 opened = timer.elapsed();
    JournalModel* model = window.journal()->model();
    std::cout << "100000 reflections: window shown in " << opened << " ms, " << model->rowCount() << " months, "
              << model->loadedReflectionCount() << " reflections read\n";
    CHECK(model->totalCount() == 100000);
    CHECK(model->loadedReflectionCount() <= 3 * JournalModel::pageSize);
}

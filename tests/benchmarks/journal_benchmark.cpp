// Times the operations a large journal must keep fast: opening, the month
// overview, the first page of the list and a search. Not a test: run it by hand,
//   build/release/tests/myfyrio_journal_benchmark [REFLECTIONS]
// (100,000 by default). It writes a temporary journal and removes it afterwards.

#include "core/journal/reflectionstore.h"
#include "core/storage/database.h"
#include "core/storage/scopedtransaction.h"
#include "core/storage/sql.h"
#include "core/util/ids.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>

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

void time(QTextStream& out, const QString& what, const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    out << what << QStringLiteral(": ") << timer.elapsed() << QStringLiteral(" ms") << Qt::endl;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    QTextStream out(stdout);
    {
        auto db = Database::open(path);
        if (!db) {
            out << db.error() << Qt::endl;
            return 1;
        }
        time(out, QStringLiteral("insert %1 reflections").arg(count), [&] { fill(**db, count); });
    }
    std::unique_ptr<Database> db;
    time(out, QStringLiteral("open and check"), [&] { db = std::move(Database::open(path).value()); });
    const ReflectionStore store(*db);
    time(out, QStringLiteral("months"), [&] { (void)store.months(); });
    time(out, QStringLiteral("first page of 100"), [&] { (void)store.list({}, 100, 0); });
    ReflectionFilter filter;
    filter.text = QStringLiteral("dwr");
    time(out, QStringLiteral("search count"), [&] { (void)store.count(filter); });
    time(out, QStringLiteral("search first page"), [&] { (void)store.list(filter, 100, 0); });
    return 0;
}

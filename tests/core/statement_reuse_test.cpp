#include "core/journal/reflectionstore.h"
#include "core/storage/database.h"
#include "core/storage/scopedtransaction.h"
#include "core/storage/sql.h"
#include "core/storage/statementreuse.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

using namespace myfyrio;
using myfyrio::test::TempJournal;

namespace {

const QString insertNote = QStringLiteral("INSERT INTO note (id, text) VALUES (:id, :text)");

void makeNoteTable(const QSqlDatabase& db)
{
    REQUIRE(sql::exec(db, QStringLiteral("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT)")));
}

} // namespace

TEST_CASE("exec and scalar prepare a statement once within a StatementReuse scope, and run returns its own",
          "[storage]")
{
    TempJournal journal;
    auto database = journal.open();
    const QSqlDatabase db = database->connection();
    makeNoteTable(db);
    CHECK(sql::StatementReuse::kept(db) == 0);
    {
        const sql::StatementReuse reuse(db);
        for (int i = 1; i <= 5; ++i) {
            auto added = sql::exec(db, insertNote, {{QStringLiteral("id"), i}, {QStringLiteral("text"), i * 10}});
            REQUIRE(added);
            CHECK(*added == 1);
            auto text =
                sql::scalar(db, QStringLiteral("SELECT text FROM note WHERE id = :id"), {{QStringLiteral("id"), i}});
            REQUIRE(text);
            CHECK(text->toInt() == i * 10);
        }
        CHECK(sql::StatementReuse::kept(db) == 2);
        CHECK(sql::StatementReuse::reused(db) == 8);
        // A statement whose rows the caller reads is never kept: both can be read at once.
        auto first = sql::run(db, QStringLiteral("SELECT id FROM note ORDER BY id"));
        auto second = sql::run(db, QStringLiteral("SELECT id FROM note ORDER BY id"));
        REQUIRE(first);
        REQUIRE(second);
        REQUIRE(first->next());
        REQUIRE(second->next());
        REQUIRE(first->next());
        CHECK(first->value(0).toInt() == 2);
        CHECK(second->value(0).toInt() == 1);
        CHECK(sql::StatementReuse::kept(db) == 2);
    }
    CHECK(sql::StatementReuse::kept(db) == 0);
    CHECK(sql::StatementReuse::reused(db) == 0);
}

TEST_CASE("a kept statement given fewer values binds the rest to NULL, as a new one would", "[storage]")
{
    TempJournal journal;
    auto database = journal.open();
    const QSqlDatabase db = database->connection();
    makeNoteTable(db);
    const sql::StatementReuse reuse(db);
    REQUIRE(sql::exec(db, insertNote, {{QStringLiteral("id"), 1}, {QStringLiteral("text"), QStringLiteral("one")}}));
    REQUIRE(sql::exec(db, insertNote, {{QStringLiteral("id"), 2}}));
    auto text = sql::scalar(db, QStringLiteral("SELECT text FROM note WHERE id = 2"));
    REQUIRE(text);
    CHECK(text->isNull());
    // A failure (the id is taken) leaves the kept statement working for the next row.
    auto taken = sql::exec(db, insertNote, {{QStringLiteral("id"), 1}, {QStringLiteral("text"), QStringLiteral("x")}});
    CHECK_FALSE(taken);
    REQUIRE(sql::exec(db, insertNote, {{QStringLiteral("id"), 3}, {QStringLiteral("text"), QStringLiteral("three")}}));
    auto count = sql::scalar(db, QStringLiteral("SELECT count(*) FROM note"));
    REQUIRE(count);
    CHECK(count->toInt() == 3);
}

TEST_CASE("scopes nest, and a journal closes cleanly after its scope ends", "[storage]")
{
    TempJournal journal;
    {
        auto database = journal.open();
        const QSqlDatabase db = database->connection();
        const sql::StatementReuse outer(db);
        {
            const sql::StatementReuse inner(db);
            ScopedTransaction transaction(db);
            REQUIRE(transaction.begun());
            Reflection r;
            r.title = QStringLiteral("Ymweliad");
            r.date = QDate(2024, 5, 1);
            r.tags = {QStringLiteral("teulu")};
            REQUIRE(ReflectionStore(*database).add(r));
            REQUIRE(ReflectionStore(*database).add(r));
            REQUIRE(transaction.commit());
        }
        // The inner scope's end keeps what the outer one holds.
        CHECK(sql::StatementReuse::kept(db) > 0);
        CHECK(sql::StatementReuse::reused(db) > 0);
    }
    auto reopened = journal.open();
    CHECK(ReflectionStore(*reopened).count().value() == 2);
}

// Backups with values swapped at random for others: whatever the import
// accepts, the journal still opens, lists, searches and saves.

#include "core/io/backupimporter.h"
#include "core/journal/reflectionstore.h"
#include "tests/core/backupcrafting.h"
#include "tests/support/catch.h"

#include <QJsonDocument>

using namespace myfyrio;
using myfyrio::test::CraftedBackup;
using myfyrio::test::requireUsable;
using myfyrio::test::TempJournal;

namespace {

class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}
    int below(int n)
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<int>((m_state >> 33) % static_cast<quint64>(qMax(1, n)));
    }

private:
    quint64 m_state;
};

QJsonValue someValue(Random& random, const QStringList& ids)
{
    const QJsonValue values[] = {QString(),
                                 QStringLiteral("2024-02-30"),
                                 QStringLiteral("2024-03-01"),
                                 QStringLiteral("2024-03-01T09:30:00.000Z"),
                                 42,
                                 -1,
                                 0,
                                 1,
                                 1.5,
                                 QJsonValue::Null,
                                 true,
                                 QString(3000, QLatin1Char('w')),
                                 QJsonObject{{QStringLiteral("base64"), QStringLiteral("AAAA")}},
                                 QJsonArray{1},
                                 QJsonObject{},
                                 QStringLiteral("/../../x"),
                                 QStringLiteral("supervisor"),
                                 QStringLiteral("cy"),
                                 QStringLiteral("gibbs"),
                                 QStringLiteral("{}"),
                                 QStringLiteral("7F3A-91C2-04BD-E5A8")};
    const int pick = random.below(static_cast<int>(std::size(values)) + 2);
    if (pick >= static_cast<int>(std::size(values)))
        return ids.at(random.below(static_cast<int>(ids.size())));
    return values[pick];
}

} // namespace

TEST_CASE("a backup with random values swapped never leaves a journal that fails", "[backup]")
{
    const CraftedBackup crafted;
    const QJsonObject tables = crafted.root.value(QStringLiteral("tables")).toObject();
    QStringList ids;
    for (auto it = tables.begin(); it != tables.end(); ++it)
        for (const QJsonValue& row : it.value().toArray())
            if (row.toObject().contains(QStringLiteral("id")))
                ids << row.toObject().value(QStringLiteral("id")).toString();
    const QStringList names = tables.keys();
    Random random(20261201);
    int accepted = 0;
    for (int trial = 0; trial < 80; ++trial) {
        QJsonObject changed = tables;
        for (int change = 1 + random.below(3); change > 0; --change) {
            const QString table = names.at(random.below(static_cast<int>(names.size())));
            QJsonArray rows = changed.value(table).toArray();
            if (rows.isEmpty())
                continue;
            const int at = random.below(static_cast<int>(rows.size()));
            QJsonObject row = rows.at(at).toObject();
            const QStringList columns = row.keys();
            row.insert(columns.at(random.below(static_cast<int>(columns.size()))), someValue(random, ids));
            rows.replace(at, row);
            changed.insert(table, rows);
        }
        QJsonObject root = crafted.root;
        root.insert(QStringLiteral("tables"), changed);
        const QByteArray bytes = QJsonDocument(root).toJson();
        INFO("trial " << trial);

        TempJournal target;
        auto db = target.open();
        auto report = BackupImporter(*db).importBytes(bytes, QStringLiteral("fuzz.json"));
        if (report.ok()) {
            ++accepted;
            requireUsable(*db);
        } else {
            INFO(report.error().toStdString());
            CHECK_FALSE(report.error().isEmpty());
            CHECK(ReflectionStore(*db).count().value() == 0);
        }
        auto merged = BackupImporter(*crafted.journal).importBytes(bytes, QStringLiteral("fuzz.json"));
        INFO(merged.error().toStdString());
        if (merged.ok())
            requireUsable(*crafted.journal);
    }
    CHECK(accepted > 40);
}

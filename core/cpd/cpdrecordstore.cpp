#include "core/cpd/cpdrecordstore.h"

#include "core/cpd/cpdcatalog.h"
#include "core/storage/idbatches.h"
#include "core/storage/sql.h"
#include "core/util/timestamps.h"

namespace myfyrio {

CpdRecordStore::CpdRecordStore(QSqlDatabase db) : m_db(std::move(db)) {}

QString CpdRecordStore::validate(const CpdRecord& record)
{
    if (!CpdCatalog::isType(record.type))
        //: %1 is what was given; %2 is a list of activity codes.
        return tr("“%1” is not a kind of CPD activity. Use one of: %2.")
            .arg(record.type, CpdCatalog::typeCodes().join(QStringLiteral(", ")));
    if (record.quarterHours < 0 || record.quarterHours > 4000)
        return tr("The hours of a CPD activity must be from 0 to 1000, in quarter hours.");
    if (!record.standard.isEmpty() && !CpdCatalog::isStandard(record.standard))
        //: %1 is what was given; %2 is a list of standard codes.
        return tr("“%1” is not a standard Myfyrio knows. Use one of: %2.")
            .arg(record.standard, CpdCatalog::standardCodes().join(QStringLiteral(", ")));
    return {};
}

Expected<void> CpdRecordStore::save(const QString& reflectionId, const std::optional<CpdRecord>& record) const
{
    if (record) {
        if (const QString problem = validate(*record); !problem.isEmpty())
            return Failure{problem};
    }
    auto removed = sql::exec(m_db, QStringLiteral("DELETE FROM reflection_cpd WHERE reflection_id = :id"),
                             {{QStringLiteral("id"), reflectionId}});
    if (!removed)
        return removed.failure();
    if (!record)
        return {};
    auto inserted = sql::exec(m_db,
                              QStringLiteral("INSERT INTO reflection_cpd (reflection_id, activity_type, quarter_hours,"
                                             " participatory, peer, standard) VALUES (:id, :type, :quarters,"
                                             " :participatory, :peer, :standard)"),
                              {{QStringLiteral("id"), reflectionId},
                               {QStringLiteral("type"), record->type},
                               {QStringLiteral("quarters"), record->quarterHours},
                               {QStringLiteral("participatory"), record->participatory ? 1 : 0},
                               {QStringLiteral("peer"), record->peer ? 1 : 0},
                               {QStringLiteral("standard"), record->standard}});
    if (!inserted)
        return inserted.failure();
    return {};
}

namespace {

CpdRecord recordFrom(const QSqlQuery& query, int first)
{
    CpdRecord record;
    record.type = query.value(first).toString();
    record.quarterHours = query.value(first + 1).toInt();
    record.participatory = query.value(first + 2).toInt() != 0;
    record.peer = query.value(first + 3).toInt() != 0;
    record.standard = query.value(first + 4).toString();
    return record;
}

} // namespace

Expected<std::optional<CpdRecord>> CpdRecordStore::load(const QString& reflectionId) const
{
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT activity_type, quarter_hours, participatory, peer, standard"
                                         " FROM reflection_cpd WHERE reflection_id = :id"),
                          {{QStringLiteral("id"), reflectionId}});
    if (!query)
        return query.failure();
    if (!query->next())
        return std::optional<CpdRecord>();
    return std::optional<CpdRecord>(recordFrom(*query, 0));
}

Expected<QHash<QString, CpdRecord>> CpdRecordStore::load(const QStringList& reflectionIds) const
{
    QHash<QString, CpdRecord> records;
    QString failure;
    sql::forIdBatches(reflectionIds, [&](const QString& in, const QVariantMap& values) {
        auto query = sql::run(m_db,
                              QStringLiteral("SELECT activity_type, quarter_hours, participatory, peer, standard,"
                                             " reflection_id FROM reflection_cpd WHERE reflection_id IN ")
                                  + in,
                              values);
        if (!query) {
            failure = query.error();
            return false;
        }
        while (query->next())
            records.insert(query->value(5).toString(), recordFrom(*query, 0));
        return true;
    });
    if (!failure.isEmpty())
        return Failure{failure};
    return records;
}

Expected<QVector<CpdEntry>> CpdRecordStore::entries(const QDate& from, const QDate& to) const
{
    QString statement = QStringLiteral("SELECT r.id, r.title, r.entry_date, r.bring_to_supervision, r.model,"
                                       " c.activity_type, c.quarter_hours, c.participatory, c.peer, c.standard"
                                       " FROM reflection_cpd c JOIN reflection r ON r.id = c.reflection_id"
                                       " WHERE 1 = 1");
    QVariantMap values;
    if (from.isValid()) {
        statement += QStringLiteral(" AND r.entry_date >= :from");
        values.insert(QStringLiteral("from"), timestamps::toStorage(from));
    }
    if (to.isValid()) {
        statement += QStringLiteral(" AND r.entry_date <= :to");
        values.insert(QStringLiteral("to"), timestamps::toStorage(to));
    }
    statement += QStringLiteral(" ORDER BY r.entry_date, r.created_at, r.seq");
    auto query = sql::run(m_db, statement, values);
    if (!query)
        return query.failure();
    QVector<CpdEntry> entries;
    while (query->next()) {
        CpdEntry entry;
        entry.reflectionId = query->value(0).toString();
        entry.title = query->value(1).toString();
        entry.date = timestamps::dateFromStorage(query->value(2).toString());
        entry.bringToSupervision = query->value(3).toInt() != 0;
        entry.model = query->value(4).toString();
        entry.record = recordFrom(*query, 5);
        entries.append(entry);
    }
    return entries;
}

} // namespace myfyrio

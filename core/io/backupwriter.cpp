#include "core/io/backupwriter.h"

#include "core/io/backupformat.h"
#include "core/io/backuprules.h"
#include "core/models/modelcatalog.h"
#include "core/storage/sql.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

namespace myfyrio {

namespace {

/// table → column → values (as text: every key is text).
using ValueSets = QHash<QString, QHash<QString, QSet<QString>>>;
/// Incoming ids that a unique name matched to a local record (tag "Dŵr" from
/// the backup is the journal's tag "dŵr"), per table and column, so that the
/// records referring to them are pointed at the local one.
using Remaps = QHash<QString, QHash<QString, QHash<QString, QVariant>>>;

bool isConstraint(const QSqlError& error)
{
    return (error.nativeErrorCode().toInt() & 0xff) == 19; // SQLITE_CONSTRAINT
}

/// One foreign key of one column, with the columns' places.
struct Reference {
    int column = -1;
    QString parent;
    QString parentColumn;
};

/// Everything one import keeps across tables.
struct Import {
    QSqlDatabase db;
    const BackupCheck& check;
    ValueSets accepted;   ///< keys written or matched by this import, that others refer to
    ValueSets skipped;    ///< keys of records left out, whose parts are left out too
    ValueSets conflicted; ///< keys of records kept as the journal has them: their parts stay so too
    Remaps remaps;
    QHash<QString, QStringList> referenced; ///< table → columns other tables refer to
    QSet<QString> hadRows;                  ///< tables that had records before the import
    QHash<QString, QSqlQuery> lookups;      ///< "table.column" → does the journal have this key?
    QSet<QString> modelCodes;
    QStringList addedAgreements;
    QSet<QString> addedReflections;
    SearchIndex::BulkLoad& index;
    ImportReport report;
};

QString joined(const QStringList& parts, const QString& separator)
{
    return parts.join(separator);
}

/// Writes the records of one table.
class TableWriter
{
public:
    TableWriter(Import& import, const JournalTable& table) : m_import(import), m_table(table)
    {
        for (const ForeignKey& key : table.foreignKeys) {
            if (key.columns.size() == 1)
                m_references.append(
                    Reference{table.columnIndex(key.columns.constFirst()), key.parent, key.parentColumns.constFirst()});
        }
        if (table.name == QLatin1String("reflection"))
            m_model = table.columnIndex(QStringLiteral("model"));
        for (const Reference& ref : std::as_const(m_references)) {
            if (ref.parent == QLatin1String("reflection"))
                m_reflection = ref.column;
        }
    }

    Expected<void> prepare()
    {
        auto any = sql::scalar(
            m_import.db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(JournalTables::quote(m_table.name)));
        if (!any)
            return any.failure();
        m_wasEmpty = any->toInt() == 0;
        return {};
    }

    /// Handles one record; false with m_failure set when the import must stop.
    bool handle(BackupRow& row)
    {
        if (m_import.check.rejectedRows.value(m_table.name).contains(row.number)) {
            leaveOut(row); // reported by the check
            return true;
        }
        if (m_table.name == QLatin1String("supervision_agreement")
            && m_import.check.rejectedAgreements.contains(row.text(m_table.columnIndex(QStringLiteral("id"))))) {
            leaveOut(row); // reported by the check
            return true;
        }
        for (const Reference& ref : std::as_const(m_references)) {
            if (row.isNull(ref.column))
                continue;
            const QString key = row.text(ref.column);
            if (m_import.skipped.value(ref.parent).value(ref.parentColumn).contains(key)) {
                leaveOut(row);
                ++m_import.report.leftOutWith;
                return true;
            }
            const auto& remap = m_import.remaps.value(ref.parent).value(ref.parentColumn);
            if (auto found = remap.constFind(key); found != remap.cend())
                row.values[ref.column] = found.value();
        }
        for (const Reference& ref : std::as_const(m_references)) {
            if (row.isNull(ref.column))
                continue;
            const QString key = row.text(ref.column);
            if (m_import.conflicted.value(ref.parent).value(ref.parentColumn).contains(key)) {
                leaveOut(row); // part of a record kept as the journal has it
                return true;
            }
            auto exists = parentHas(ref, key);
            if (!exists)
                return fail(exists.error());
            if (!*exists) {
                //: %1 is a table's name, %2 the id the record refers to.
                skip(row, BackupWriter::tr("It refers to a record of the table “%1” (%2) that neither the backup "
                                           "nor the journal has.")
                              .arg(ref.parent, key));
                return true;
            }
        }
        if (m_model >= 0 && !row.isNull(m_model) && !m_import.modelCodes.contains(row.text(m_model))) {
            //: %1 is a reflective model's code.
            skip(row, BackupWriter::tr("It uses the reflective model “%1”, which neither the backup nor the journal "
                                       "has.")
                          .arg(row.text(m_model)));
            return true;
        }
        return m_wasEmpty ? restore(row) : merge(row, false);
    }

    QString failure() const { return m_failure; }

private:
    Expected<bool> parentHas(const Reference& ref, const QString& key)
    {
        if (m_import.accepted.value(ref.parent).value(ref.parentColumn).contains(key))
            return true;
        if (!m_import.hadRows.contains(ref.parent))
            return false;
        const QString name = ref.parent + QLatin1Char('.') + ref.parentColumn;
        auto found = m_import.lookups.find(name);
        if (found == m_import.lookups.end()) {
            QSqlQuery query(m_import.db);
            query.setForwardOnly(true);
            if (!query.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ? LIMIT 1")
                                   .arg(JournalTables::quote(ref.parent), JournalTables::quote(ref.parentColumn))))
                return Failure{sql::describe(query.lastError())};
            found = m_import.lookups.insert(name, query);
        }
        found->bindValue(0, key);
        if (!found->exec())
            return Failure{sql::describe(found->lastError())};
        const bool has = found->next();
        found->finish();
        return has;
    }

    /// Into an empty table: as the backup has it, rowid too.
    bool restore(BackupRow& row)
    {
        auto inserted = insert(row, true);
        if (!inserted)
            return fail(inserted.error());
        if (*inserted) {
            written(row);
            return true;
        }
        // The same key twice in the backup (or the same rowid): the first stays.
        return merge(row, true);
    }

    bool merge(BackupRow& row, bool duplicate)
    {
        auto local = findLocal(row, m_table.identity);
        if (!local)
            return fail(local.error());
        if (!local->has_value()) {
            for (const QStringList& unique : m_table.uniqueKeys) {
                const bool complete = std::all_of(unique.cbegin(), unique.cend(), [&](const QString& c) {
                    return !row.isNull(m_table.columnIndex(c));
                });
                if (!complete)
                    continue;
                auto byName = findLocal(row, unique);
                if (!byName)
                    return fail(byName.error());
                if (byName->has_value()) {
                    local = std::move(byName);
                    if (m_table.identity.size() == 1) {
                        const int id = m_table.columnIndex(m_table.identity.constFirst());
                        m_import.remaps[m_table.name][m_table.identity.constFirst()].insert(row.text(id),
                                                                                            (**local).at(id));
                    }
                    break;
                }
            }
        }
        if (!local->has_value()) {
            auto inserted = insert(row, false);
            if (!inserted)
                return fail(inserted.error());
            if (*inserted)
                written(row);
            else
                skip(row, BackupWriter::tr("A value in it is not allowed in this journal."));
            return true;
        }
        const QVector<QVariant>& found = **local;
        if (duplicate) {
            skip(row, BackupWriter::tr("The backup holds it more than once; the first was imported."));
            return true;
        }
        if (sameContent(row, found)) {
            ++m_import.report.unchanged;
            accept(row, &found);
            return true;
        }
        for (const QString& column : m_table.identity)
            m_import.conflicted[m_table.name][column].insert(row.text(m_table.columnIndex(column)));
        //: %1 is the record's id (and title), %2 the table's name.
        m_import.report.conflicts << BackupWriter::tr("The record %1 of the table “%2” is different in the backup; "
                                                      "the journal’s version was kept.")
                                         .arg(BackupRules::describe(m_table, row), m_table.name);
        return true;
    }

    Expected<std::optional<QVector<QVariant>>> findLocal(const BackupRow& row, const QStringList& columns)
    {
        const QString name = joined(columns, QStringLiteral(","));
        auto query = m_finds.find(name);
        if (query == m_finds.end()) {
            QStringList conditions;
            for (const QString& column : columns)
                conditions << JournalTables::quote(column) + QStringLiteral(" IS ?");
            QSqlQuery prepared(m_import.db);
            prepared.setForwardOnly(true);
            if (!prepared.prepare(
                    QStringLiteral("SELECT * FROM %1 WHERE %2 LIMIT 1")
                        .arg(JournalTables::quote(m_table.name), joined(conditions, QStringLiteral(" AND ")))))
                return Failure{sql::describe(prepared.lastError())};
            query = m_finds.insert(name, prepared);
        }
        for (int i = 0; i < columns.size(); ++i)
            query->bindValue(i, row.value(m_table.columnIndex(columns.at(i))));
        if (!query->exec())
            return Failure{sql::describe(query->lastError())};
        std::optional<QVector<QVariant>> result;
        if (query->next()) {
            QVector<QVariant> values(m_table.columns.size());
            for (int i = 0; i < values.size(); ++i)
                values[i] = query->value(i);
            result = std::move(values);
        }
        query->finish();
        return result;
    }

    /// True when every column the backup gives (but the rowid and the identity) is the same locally.
    bool sameContent(const BackupRow& row, const QVector<QVariant>& local) const
    {
        for (int i = 0; i < m_table.columns.size(); ++i) {
            const QString& column = m_table.columns.at(i);
            if (!row.present(i) || column == m_table.rowidAlias || m_table.identity.contains(column))
                continue;
            if (backup::toJson(row.values.at(i)) != backup::toJson(local.at(i)))
                return false;
        }
        return true;
    }

    /// Adds the record; false (not a failure) when a constraint of the journal refuses it.
    Expected<bool> insert(const BackupRow& row, bool keepRowid)
    {
        // A part added to a reflection the journal already had changes what the index holds for it.
        if (m_reflection >= 0 && !row.isNull(m_reflection)
            && !m_import.addedReflections.contains(row.text(m_reflection))) {
            if (auto told = m_import.index.willChange(row.text(m_reflection)); !told)
                return told.failure();
        }
        quint64 columns = row.given;
        const int rowid = m_table.columnIndex(m_table.rowidAlias);
        if (rowid >= 0 && !keepRowid)
            columns &= ~(quint64(1) << rowid);
        auto query = m_inserts.find(columns);
        if (query == m_inserts.end()) {
            QStringList names;
            QStringList marks;
            for (int i = 0; i < m_table.columns.size(); ++i) {
                if ((columns >> i) & 1U) {
                    names << JournalTables::quote(m_table.columns.at(i));
                    marks << QStringLiteral("?");
                }
            }
            QSqlQuery prepared(m_import.db);
            const QString statement =
                names.isEmpty()
                    ? QStringLiteral("INSERT INTO %1 DEFAULT VALUES").arg(JournalTables::quote(m_table.name))
                    : QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                          .arg(JournalTables::quote(m_table.name), joined(names, QStringLiteral(", ")),
                               joined(marks, QStringLiteral(", ")));
            if (!prepared.prepare(statement))
                return Failure{sql::describe(prepared.lastError())};
            query = m_inserts.insert(columns, prepared);
        }
        int position = 0;
        for (int i = 0; i < m_table.columns.size(); ++i) {
            if ((columns >> i) & 1U)
                query->bindValue(position++, row.values.at(i));
        }
        if (query->exec())
            return true;
        if (isConstraint(query->lastError())) {
            if (keepRowid && rowid >= 0 && row.present(rowid))
                return insert(row, false);
            return false;
        }
        //: %1 is the table's name, %2 a sentence saying why.
        return Failure{BackupWriter::tr("A record of the table “%1” could not be added: %2 Nothing was imported.")
                           .arg(m_table.name, sql::describe(query->lastError()))};
    }

    void written(const BackupRow& row)
    {
        ++m_import.report.added;
        if (m_table.name == QLatin1String("supervision_agreement"))
            m_import.addedAgreements << row.text(m_table.columnIndex(QStringLiteral("id")));
        if (m_table.name == QLatin1String("reflection"))
            m_import.addedReflections.insert(row.text(m_table.columnIndex(QStringLiteral("id"))));
        accept(row, nullptr);
    }

    /// Notes the keys others may refer to (the local ones when matched).
    void accept(const BackupRow& row, const QVector<QVariant>* local)
    {
        for (const QString& column : m_import.referenced.value(m_table.name)) {
            const int i = m_table.columnIndex(column);
            m_import.accepted[m_table.name][column].insert(local ? local->at(i).toString() : row.text(i));
            m_import.accepted[m_table.name][column].insert(row.text(i));
        }
    }

    void leaveOut(const BackupRow& row)
    {
        for (const QString& column : m_import.referenced.value(m_table.name))
            m_import.skipped[m_table.name][column].insert(row.text(m_table.columnIndex(column)));
    }

    void skip(const BackupRow& row, const QString& reason)
    {
        leaveOut(row);
        m_import.report.skipped << BackupCheck::skippedSentence(m_table, row, reason);
    }

    bool fail(const QString& message)
    {
        m_failure = message;
        return false;
    }

    Import& m_import;
    const JournalTable& m_table;
    QVector<Reference> m_references;
    int m_model = -1;
    int m_reflection = -1; ///< the column naming the reflection a record is part of
    bool m_wasEmpty = false;
    QHash<quint64, QSqlQuery> m_inserts;
    QHash<QString, QSqlQuery> m_finds;
    QString m_failure;
};

} // namespace

BackupWriter::BackupWriter(QSqlDatabase db, const BackupFile& file, const BackupCheck& check,
                           SearchIndex::BulkLoad& index)
    : m_db(std::move(db)), m_file(file), m_check(check), m_index(index)
{}

Expected<ImportReport> BackupWriter::write()
{
    Import import{m_db, m_check, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, m_index, {}};
    import.report.skipped = m_check.skipped;
    for (const JournalTable& table : m_file.tables()) {
        for (const ForeignKey& key : table.foreignKeys) {
            for (const QString& column : key.parentColumns) {
                if (!import.referenced[key.parent].contains(column))
                    import.referenced[key.parent] << column;
            }
        }
    }
    // Which tables had records before: a record may refer to one the backup does not hold.
    for (auto it = import.referenced.cbegin(); it != import.referenced.cend(); ++it) {
        auto any =
            sql::scalar(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(JournalTables::quote(it.key())));
        if (!any)
            return any.failure();
        if (any->toInt() != 0)
            import.hadRows.insert(it.key());
    }
    for (const ReflectiveModel& model : ModelCatalog::builtIns())
        import.modelCodes.insert(model.code);
    import.modelCodes += m_check.modelCodes;
    auto own = sql::run(m_db, QStringLiteral("SELECT code FROM reflective_model"));
    if (!own)
        return own.failure();
    while (own->next())
        import.modelCodes.insert(own->value(0).toString());
    own->finish();
    for (const QString& agreement : m_check.rejectedAgreements.keys())
        import.skipped[QStringLiteral("supervision_agreement")][QStringLiteral("id")].insert(agreement);

    for (const JournalTable& table : m_file.tables()) {
        TableWriter writer(import, table);
        if (auto prepared = writer.prepare(); !prepared)
            return prepared.failure();
        auto read = m_file.rows(table, [&writer](BackupRow& row) { return writer.handle(row); });
        if (!writer.failure().isEmpty())
            return Failure{writer.failure()};
        if (!read)
            return read.failure();
    }
    if (auto kept = dropAgreementsWithoutVersions(import.addedAgreements, import.report); !kept)
        return kept.failure();
    return import.report;
}

Expected<void> BackupWriter::dropAgreementsWithoutVersions(const QStringList& added, ImportReport& report) const
{
    // AgreementCheck lets in only agreements whose versions can all come in; should
    // the journal still refuse every version of one, the agreement this import
    // added goes too, rather than stay as an agreement with nothing in it.
    for (const QString& id : added) {
        auto versions = sql::scalar(
            m_db, QStringLiteral("SELECT count(*) FROM supervision_agreement_version WHERE agreement_id = :id"),
            {{QStringLiteral("id"), id}});
        if (!versions)
            return versions.failure();
        if (versions->toInt() > 0)
            continue;
        if (auto dropped = sql::run(m_db, QStringLiteral("DELETE FROM supervision_agreement WHERE id = :id"),
                                    {{QStringLiteral("id"), id}});
            !dropped)
            return dropped.failure();
        --report.added;
        //: %1 is the agreement's id.
        report.skipped << tr("The agreement %1 was not imported: none of its versions could be.").arg(id);
    }
    return {};
}

} // namespace myfyrio

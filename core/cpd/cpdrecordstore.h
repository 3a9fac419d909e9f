#pragma once

#include "core/cpd/cpdrecord.h"
#include "core/util/expected.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace myfyrio {

/// A reflection that counts as CPD, as the CPD view and the regulators'
/// forms list it: enough to add up hours without loading every body.
struct CpdEntry {
    QString reflectionId;
    QString title;
    QDate date;
    bool bringToSupervision = false;
    QString model; ///< the reflection's reflective model code
    CpdRecord record;
};

/// Keeps the CPD record of a reflection (table reflection_cpd, one row a
/// reflection that counts as CPD). Saving runs inside the caller's
/// transaction: it is one of the parts ReflectionStore saves and loads.
class CpdRecordStore
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::CpdRecordStore)

public:
    explicit CpdRecordStore(QSqlDatabase db);

    /// Replaces the record of a reflection; none clears it.
    Expected<void> save(const QString& reflectionId, const std::optional<CpdRecord>& record) const;

    Expected<std::optional<CpdRecord>> load(const QString& reflectionId) const;

    /// The records of many reflections at once (in batches of ids, not one
    /// query a reflection), keyed by reflection id; those without one are absent.
    Expected<QHash<QString, CpdRecord>> load(const QStringList& reflectionIds) const;

    /// Reflections with a CPD record dated in the period (both days counted,
    /// an invalid day leaves that end open), oldest first.
    Expected<QVector<CpdEntry>> entries(const QDate& from, const QDate& to) const;

    /// A sentence saying what is wrong with a record, or empty when it can be stored.
    static QString validate(const CpdRecord& record);

private:
    QSqlDatabase m_db;
};

} // namespace myfyrio

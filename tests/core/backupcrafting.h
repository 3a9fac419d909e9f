#pragma once

#include "core/io/importreport.h"
#include "core/storage/database.h"
#include "tests/support/tempjournal.h"

#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <memory>

namespace myfyrio::test {

/// A journal with a record of every kind (reflections with models, answers,
/// actions, failure placements and tags, one of the writer's own models, two
/// agreements with signed versions and a draft, a session) and its backup as
/// JSON, to craft hostile backups from.
struct CraftedBackup {
    CraftedBackup();

    TempJournal folder;
    std::unique_ptr<Database> journal;
    QJsonObject root;
    QString firstAgreement;  ///< signed version 1, draft version 2, a session
    QString secondAgreement; ///< signed version 1 only
    QString ownModelCode;

    QJsonArray rows(const QString& table) const;
    void setRows(const QString& table, const QJsonArray& rows);
    /// Changes the first record of the table for which which() is true; fails the test if none is.
    void change(const QString& table, const std::function<bool(const QJsonObject&)>& which,
                const std::function<void(QJsonObject&)>& how);
    QByteArray bytes() const;
};

/// Imports bytes into db; requires the import to succeed and returns its report.
ImportReport importOk(const Database& db, const QByteArray& bytes);

/// Proves the journal still works: it lists, searches, loads and saves every
/// reflection, and lists every agreement, session, model and tag.
void requireUsable(const Database& db);

/// The skipped sentences joined, for CHECK(… contains …).
QString skippedText(const ImportReport& report);

} // namespace myfyrio::test

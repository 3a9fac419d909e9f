#pragma once

#include "core/journal/reflection.h"
#include "core/journal/reflectionreader.h"
#include "core/util/expected.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVector>

#include <optional>

namespace myfyrio {

class Database;
class JournalChanges;

/// The one owner of the `reflection` row: writes reflections with their parts
/// (tags, answers, actions, failure placement), and moves them to and from the
/// trash; it reads them as its ReflectionReader base does. Every write is one transaction (nested inside a larger
/// one when the caller has one open) and writes only what changed; every write
/// is announced through Database::changes() after it commits.
///
/// A save never overwrites a version it has not seen: each write increments
/// the reflection's revision, and a save from a copy of an older revision is
/// merged field by field with what is stored (ReflectionMerge), or refused with
/// FailureCode::conflict when both changed the same field.
class ReflectionStore : public ReflectionReader
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::ReflectionStore)

public:
    explicit ReflectionStore(const Database& database);
    /// A store on another connection to a journal (a reader on another thread).
    /// It announces nothing: use it to read.
    explicit ReflectionStore(QSqlDatabase db);

    /// Stores a new reflection. An empty id gets a new UUID; missing times are
    /// set to now; a reflection keeps the id it brings (undo, import).
    Expected<Reflection> add(Reflection reflection) const;

    /// Saves a stored reflection that was read at edited.revision. Refused with
    /// FailureCode::conflict when it has been written since (there is no base to
    /// merge with), unless it already holds the same content.
    Expected<Reflection> update(const Reflection& edited) const;
    /// Saves what an editor changed: `base` is the copy the editor loaded (or
    /// last saved), `edited` what it holds now. Writes only what changed;
    /// merges with changes made elsewhere since base; returns the stored result
    /// (the editor's next base).
    Expected<Reflection> update(const Reflection& edited, const Reflection& base) const;

    /// Deletes a reflection for good (for an empty one nobody wrote in).
    Expected<void> remove(const QString& id) const;
    /// Moves a reflection to the trash, whole; returns the trash item's id.
    Expected<QString> moveToTrash(const QString& id) const;
    /// Puts a reflection back from the trash, with the id it had.
    Expected<Reflection> restoreFromTrash(const QString& trashId) const;

    /// A sentence explaining what is wrong with a reflection, or empty when it can be stored.
    static QString validate(const Reflection& reflection);
    /// True when both hold the same writing and settings (ids, times and revisions aside).
    static bool sameContent(const Reflection& a, const Reflection& b);

private:
    Expected<Reflection> write(const Reflection& stored, Reflection wanted) const;
    Expected<void> saveParts(const Reflection& stored, const Reflection& wanted) const;
    Expected<void> checkModel(const QString& model) const;
    Expected<void> deleteRow(const QString& id, const QStringList& tags) const;
    void announceRemoved(const QString& id) const;
    static Failure goneFailure(const Reflection& reflection);
    static Failure conflictFailure(const Reflection& reflection, const QStringList& fields);

    QSqlDatabase m_db;
    JournalChanges* m_changes = nullptr; ///< null for a part saved inside another store's transaction
};

} // namespace myfyrio

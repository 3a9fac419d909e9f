#pragma once

#include "core/models/reflectivemodel.h"
#include "core/util/expected.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace myfyrio {

class Database;
class JournalChanges;

/// Every reflective model a journal offers: the built-in ones (from :/models/*.json)
/// and the writer's own (kept in the journal). Built-in models cannot be changed or
/// deleted, but they can be duplicated and the copy edited. A model that reflections
/// use cannot be deleted.
class ModelCatalog
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::ModelCatalog)

public:
    explicit ModelCatalog(const Database& database);
    explicit ModelCatalog(QSqlDatabase db);

    /// The built-in models, in their fixed order (free writing first). Needs no journal.
    static const QVector<ReflectiveModel>& builtIns();
    /// The built-in model with this code, or nullptr.
    static const ReflectiveModel* builtIn(const QString& code);

    /// Built-in models first, then the writer's own in the order of their English names.
    Expected<QVector<ReflectiveModel>> all() const;
    Expected<std::optional<ReflectiveModel>> find(const QString& code) const;

    /// Stores a new model of the writer's. An empty code is made from the English name.
    Expected<ReflectiveModel> create(ReflectiveModel model) const;
    /// Saves changes to one of the writer's models.
    Expected<ReflectiveModel> update(ReflectiveModel model) const;
    /// A new model of the writer's with the prompts of another (built-in or not), named "… (copy)".
    Expected<ReflectiveModel> duplicate(const QString& code) const;
    /// Deletes one of the writer's models; refused while any reflection uses it.
    Expected<void> remove(const QString& code) const;

    /// How many reflections use the model.
    Expected<int> usage(const QString& code) const;

private:
    Expected<QString> freeCode(const QString& name) const;

    QSqlDatabase m_db;
    JournalChanges* m_changes = nullptr; ///< null for a part saved inside another store's transaction
};

} // namespace myfyrio

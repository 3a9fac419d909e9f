#pragma once

#include "core/journal/reflection.h"
#include "core/util/expected.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

namespace myfyrio {

/// The answers of a reflection to its model's prompts, one per prompt code.
/// Answers whose prompt the model does not have are kept all the same. A part
/// that ReflectionStore saves and loads inside its own transaction; the model,
/// scale and resurfacing live on the reflection row, which ReflectionStore owns.
class ModelAnswerStore
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::ModelAnswerStore)

public:
    explicit ModelAnswerStore(QSqlDatabase db);

    /// Makes the stored answers (`stored` as they are now) into `answers`,
    /// writing only the prompts that differ; empty answers are not stored.
    Expected<void> save(const QString& reflectionId, const QMap<QString, QString>& stored,
                        const QMap<QString, QString>& answers) const;

    /// The answers of one reflection (empty answers are not stored).
    Expected<QMap<QString, QString>> answersOf(const QString& reflectionId) const;
    /// The answers of many reflections at once, by reflection id.
    Expected<QHash<QString, QMap<QString, QString>>> answersOf(const QStringList& reflectionIds) const;

private:
    QSqlDatabase m_db;
};

} // namespace myfyrio

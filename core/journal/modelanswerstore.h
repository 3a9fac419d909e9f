#pragma once

#include "core/journal/reflection.h"
#include "core/util/expected.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace myfyrio {

/// The guided-writing part of a reflection: its model, its answers (one per prompt
/// code), its system scale and whether it may be resurfaced. Answers whose prompt the
/// model does not have are kept all the same. Runs inside the caller's transaction.
class ModelAnswerStore
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::ModelAnswerStore)

public:
    explicit ModelAnswerStore(QSqlDatabase db);

    Expected<void> save(const Reflection& reflection) const;
    Expected<void> load(Reflection& reflection) const;

    /// The answers of one reflection (empty answers are not stored).
    Expected<QMap<QString, QString>> answersOf(const QString& reflectionId) const;

private:
    QSqlDatabase m_db;
};

} // namespace myfyrio

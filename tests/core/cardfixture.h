#pragma once

#include "core/journal/reflection.h"
#include "core/learning/learningcard.h"
#include "core/privacy/protectednames.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVector>

namespace myfyrio {
class Database;
}

namespace myfyrio::test {

/// A reflection for card tests: written with the learning cycle, with a body
/// and a day that must never reach a card.
Reflection cardReflection(const QString& title, const QDate& date, const QString& language, const QString& lesson,
                          const QString& enabling, const QString& scale, std::optional<FailureReason> reason,
                          const QString& body = {});

/// Stores a reflection and returns it as stored.
Reflection storeReflection(const Database& db, const Reflection& reflection);

/// The team of the "Done when": two practitioners, each with a journal, who
/// share their cards into one folder. The Welsh practitioner protects "Mair
/// Pritchard"; the English one writes about "Dafydd" in a body only.
struct TeamFolder {
    QTemporaryDir root;
    QString folder;               ///< the shared card folder
    QVector<LearningCard> shared; ///< every card written, in order
    QStringList bodies;           ///< words of the bodies that must not be in any card

    /// Makes both journals under root and shares five cards (two Welsh, three English).
    void fill();
};

} // namespace myfyrio::test

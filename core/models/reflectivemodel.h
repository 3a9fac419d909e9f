#pragma once

#include "core/models/modelprompt.h"
#include "core/util/expected.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QVector>

namespace myfyrio {

/// A reflective model (Gibbs, Kolb, …, or one of the writer's own): a named set of
/// prompts. Built-in models are data under resources/models; the writer's own are
/// kept in the journal. Everything the user reads is in Welsh and English.
struct ReflectiveModel {
    Q_DECLARE_TR_FUNCTIONS(myfyrio::ReflectiveModel)

public:
    QString code; ///< stable: reflections refer to their model by it
    int version = 1;
    bool builtIn = false;
    LocalizedText name;
    LocalizedText description;
    QVector<ModelPrompt> prompts;

    /// The prompt with this code, or nullptr.
    const ModelPrompt* prompt(const QString& promptCode) const;
    QStringList promptCodes() const;
    bool hasLookBack() const;

    /// Reads the JSON shape of resources/models/*.json; a sentence on a malformed definition.
    static Expected<ReflectiveModel> fromJson(const QJsonObject& object);
    QJsonObject toJson() const;

    /// A sentence explaining what is missing (names in both languages, prompt codes and
    /// titles), or empty when the model can be stored.
    static QString validate(const ReflectiveModel& model);

    /// The code of the model a reflection has when none is chosen.
    static QString freeWritingCode() { return QStringLiteral("free"); }
};

} // namespace myfyrio

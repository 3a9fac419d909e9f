#include "core/learning/carddraft.h"

#include "core/util/ids.h"

namespace myfyrio {

namespace {

QString firstAnswered(const Reflection& reflection, const QStringList& prompts)
{
    for (const QString& prompt : prompts) {
        if (!reflection.answers.value(prompt).trimmed().isEmpty())
            return prompt;
    }
    return {};
}

} // namespace

QStringList CardDraft::lessonPrompts()
{
    // Learning cycle, Gibbs, What? / So what? / Now what?, Kolb, learning from failure.
    return {QStringLiteral("learning"), QStringLiteral("conclusion"), QStringLiteral("so_what"),
            QStringLiteral("abstract_conceptualisation"), QStringLiteral("try_next")};
}

QStringList CardDraft::enablingPrompts()
{
    return {QStringLiteral("enabling"), QStringLiteral("enabling_cycle")};
}

QString CardDraft::lessonPrompt(const Reflection& reflection)
{
    return firstAnswered(reflection, lessonPrompts());
}

QString CardDraft::enablingPrompt(const Reflection& reflection)
{
    return firstAnswered(reflection, enablingPrompts());
}

LearningCard CardDraft::fromReflection(const Reflection& reflection)
{
    LearningCard card;
    card.id = newId();
    card.title = reflection.title.simplified();
    if (const QString prompt = lessonPrompt(reflection); !prompt.isEmpty())
        card.lesson = reflection.answers.value(prompt).trimmed();
    if (const QString prompt = enablingPrompt(reflection); !prompt.isEmpty())
        card.enabling = reflection.answers.value(prompt).trimmed();
    card.scale = reflection.scale;
    card.tags = reflection.tags;
    if (reflection.date.isValid())
        card.month = QDate(reflection.date.year(), reflection.date.month(), 1);
    card.language = reflection.language;
    if (reflection.failure) {
        card.failure = CardFailure{reflection.failure->reason, reflection.failure->type(), reflection.failure->setting};
    }
    return card;
}

} // namespace myfyrio

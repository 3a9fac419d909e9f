#include "core/report/formanswers.h"

namespace myfyrio {

namespace {

enum class Question { What, Learned, Changed };

struct Mapping {
    const char* model;
    const char* prompt;
    Question question;
};

constexpr Mapping mappings[] = {
    {"driscoll", "what", Question::What},
    {"driscoll", "so_what", Question::Learned},
    {"driscoll", "now_what", Question::Changed},
    {"gibbs", "description", Question::What},
    {"gibbs", "evaluation", Question::Learned},
    {"gibbs", "analysis", Question::Learned},
    {"gibbs", "conclusion", Question::Learned},
    {"gibbs", "action_plan", Question::Changed},
    {"kolb", "concrete_experience", Question::What},
    {"kolb", "reflective_observation", Question::Learned},
    {"kolb", "abstract_conceptualisation", Question::Learned},
    {"kolb", "active_experimentation", Question::Changed},
    {"schon", "reflection_in_action", Question::What},
    {"schon", "reflection_on_action", Question::Learned},
    {"johns", "looking_out", Question::What},
    {"johns", "looking_in", Question::Learned},
    {"johns", "reflexivity", Question::Changed},
    {"failure", "what_happened", Question::What},
    {"failure", "system_factors", Question::Learned},
    {"failure", "try_next", Question::Changed},
    {"learning_cycle", "understanding_system", Question::What},
    {"learning_cycle", "learning", Question::Learned},
    {"learning_cycle", "what_try", Question::Changed},
};

void append(QString& into, const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return;
    if (!into.isEmpty())
        into += QStringLiteral("\n\n");
    into += trimmed;
}

} // namespace

FormAnswers FormAnswers::of(const Reflection& reflection)
{
    FormAnswers answers;
    for (const Mapping& mapping : mappings) {
        if (reflection.model != QLatin1String(mapping.model))
            continue;
        const QString text = reflection.answers.value(QString::fromLatin1(mapping.prompt));
        if (text.trimmed().isEmpty())
            continue;
        answers.fromModel = true;
        switch (mapping.question) {
        case Question::What:
            append(answers.what, text);
            break;
        case Question::Learned:
            append(answers.learned, text);
            break;
        case Question::Changed:
            append(answers.changed, text);
            break;
        }
    }
    // The body tells what happened when no prompt did; written with a model,
    // it comes first, before the answers.
    if (answers.what.isEmpty()) {
        answers.what = reflection.body.trimmed();
    } else if (!reflection.body.trimmed().isEmpty()) {
        QString what = reflection.body.trimmed();
        append(what, answers.what);
        answers.what = what;
    }
    if (answers.changed.isEmpty()) {
        QStringList actions;
        for (const Action& action : reflection.actions) {
            if (!action.text.trimmed().isEmpty())
                actions << QStringLiteral("• ") + action.text.trimmed();
        }
        answers.changed = actions.join(QLatin1Char('\n'));
    }
    return answers;
}

} // namespace myfyrio

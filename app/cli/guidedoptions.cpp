#include "app/cli/guidedoptions.h"

#include "app/cli/clicontext.h"
#include "core/journal/actionstore.h"
#include "core/journal/systemscale.h"
#include "core/models/modelcatalog.h"
#include "core/util/timestamps.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace myfyrio::cli {

GuidedOptions::GuidedOptions()
    : m_model(QStringLiteral("model"), tr("The reflective model it follows (see: myfyrio models)."), tr("CODE")),
      m_answer(QStringLiteral("answer"), tr("An answer to one of the model's prompts; repeat for more answers."),
               tr("PROMPT=TEXT")),
      m_scale(QStringLiteral("scale"), tr("The scale of the system it is about."),
              QStringLiteral("person|organisation|place|country")),
      m_action(QStringLiteral("action"), tr("Something to do next, with an optional due date; repeat for more."),
               tr("TEXT[@YYYY-MM-DD]"))
{}

QList<QCommandLineOption> GuidedOptions::options() const
{
    return {m_model, m_answer, m_scale, m_action};
}

Expected<Action> GuidedOptions::parseAction(const QString& argument)
{
    Action action;
    action.text = argument.trimmed();
    static const QRegularExpression datePart(QStringLiteral("@\\s*([0-9][0-9./-]*)$"));
    const QRegularExpressionMatch match = datePart.match(action.text);
    if (match.hasMatch()) {
        action.due = timestamps::parseIsoDate(match.captured(1));
        if (!action.due.isValid())
            //: %1 is what the person typed.
            return Failure{tr("“%1” is not a valid due date. Use the form YYYY-MM-DD, for example 2024-03-01.")
                               .arg(match.captured(1))};
        action.text = action.text.left(match.capturedStart()).trimmed();
    }
    if (const QString problem = ActionStore::validate(action); !problem.isEmpty())
        return Failure{problem};
    return action;
}

QString GuidedOptions::read(const QCommandLineParser& parser, CliContext& cli, Reflection& reflection) const
{
    if (parser.isSet(m_scale)) {
        reflection.scale = parser.value(m_scale).trimmed().toLower();
        if (!SystemScale::isCode(reflection.scale))
            //: %1 is what the person typed.
            return tr("“%1” is not a system scale. Use person, organisation, place or country.")
                .arg(parser.value(m_scale));
    }
    for (const QString& argument : parser.values(m_action)) {
        auto action = parseAction(argument);
        if (!action)
            return action.error();
        reflection.actions.append(*action);
    }

    const QString code = parser.isSet(m_model) ? parser.value(m_model).trimmed() : ReflectiveModel::freeWritingCode();
    std::optional<ReflectiveModel> model;
    if (const ReflectiveModel* builtIn = ModelCatalog::builtIn(code)) {
        model = *builtIn;
    } else if (!cli.journalMissing()) {
        auto journal = cli.openJournal(Database::OpenMode::ExistingOnly);
        if (!journal)
            //: %1 is what the person typed.
            return tr("The journal could not be opened to look up the model “%1”.").arg(code);
        auto found = ModelCatalog(*journal).find(code);
        if (!found)
            return found.error();
        model = *found;
    }
    if (!model)
        //: %1 is what the person typed.
        return tr("There is no reflective model with the code “%1”. See the list with: myfyrio models").arg(code);
    reflection.model = model->code;

    for (const QString& argument : parser.values(m_answer)) {
        const int equals = argument.indexOf(QLatin1Char('='));
        if (equals <= 0)
            //: %1 is what the person typed.
            return tr("“%1” is not an answer: write it as PROMPT=TEXT, for example what=The visit went well.")
                .arg(argument);
        const QString prompt = argument.left(equals).trimmed();
        if (!model->prompt(prompt)) {
            if (model->prompts.isEmpty())
                //: %1 is what the person typed; %2 is what the person typed.
                return tr("The model “%1” has no prompts, so it takes no answers (“%2”).").arg(code, prompt);
            //: %1 is what the person typed; %2 is what the person typed; %3 is a list of the codes that can be used.
            return tr("The model “%1” has no prompt “%2”. Its prompts are: %3.")
                .arg(code, prompt, model->promptCodes().join(QStringLiteral(", ")));
        }
        if (reflection.answers.contains(prompt))
            //: %1 is what the person typed.
            return tr("The prompt “%1” is answered twice.").arg(prompt);
        reflection.answers.insert(prompt, argument.mid(equals + 1));
    }
    return {};
}

} // namespace myfyrio::cli

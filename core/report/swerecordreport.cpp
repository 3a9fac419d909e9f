// A Social Work England CPD record, from one reflection.

#include "core/report/formanswers.h"
#include "core/report/formblocks.h"
#include "core/report/reporthtml.h"
#include "core/report/reportkinds.h"
#include "core/report/reportsource.h"
#include "core/report/titleblock.h"

namespace myfyrio::reports {

Expected<ReportContent> sweRecord(const ReportSource& source)
{
    const ReportOptions& options = source.options();
    auto found = source.reflection(options.id);
    if (!found)
        return found.failure();
    const Reflection entry = *found;
    const FormAnswers answers = FormAnswers::of(entry);

    TitleBlock title;
    title.title = QT_TRANSLATE_NOOP("myfyrio::Report", "CPD record");
    title.owner = source.ownerName();
    title.privateCopy = !entry.bringToSupervision;

    ReportContent content;
    content.language = ReportLanguage(options.language);
    content.paper = options.paper;
    content.title = ReportLanguage::label(content.language.primary(), title.title);
    content.footer = title.footer(content.language);
    content.html = [title, entry, answers, language = content.language](const QHash<QString, int>&) {
        ReportHtml html(language);
        title.write(html);
        html.note(language.labels(QT_TRANSLATE_NOOP(
            "myfyrio::Report", "For Social Work England: a CPD record for this registration year. You need at least "
                               "two, and at least one of them with peer reflection.")));
        formblocks::languageNote(html, Regulator::Swe);
        formblocks::cpdFields(html, entry, true);
        formblocks::question(html,
                             QT_TRANSLATE_NOOP("myfyrio::Report", "Description of the activity, and why it is "
                                                                  "relevant to your practice"),
                             answers.what);
        formblocks::question(html, QT_TRANSLATE_NOOP("myfyrio::Report", "What did you learn?"), answers.learned);
        formblocks::question(html, QT_TRANSLATE_NOOP("myfyrio::Report", "What impact has it had on your practice?"),
                             answers.changed);
        formblocks::question(
            html, QT_TRANSLATE_NOOP("myfyrio::Report", "What impact has it had on the people you work with?"), {});
        formblocks::confidentialityNote(html);
        return html.html();
    };
    return content;
}

} // namespace myfyrio::reports

// A Social Work England CPD record, from one reflection.

#include "core/report/formblocks.h"
#include "core/report/reporthtml.h"
#include "core/report/reportkinds.h"

namespace myfyrio::reports {

Expected<ReportContent> sweRecord(const ReportSource& source)
{
    const formblocks::ReflectionForm form{
        QT_TRANSLATE_NOOP("myfyrio::Report", "CPD record"),
        QT_TRANSLATE_NOOP("myfyrio::Report", "For Social Work England: a CPD record for this registration year. You "
                                             "need at least two, and at least one of them with peer reflection."),
        Regulator::Swe, true};
    return formblocks::reflectionForm(
        source, form, [](ReportHtml& html, const Reflection&, const FormAnswers& answers) {
            formblocks::question(html,
                                 QT_TRANSLATE_NOOP("myfyrio::Report", "Description of the activity, and why it is "
                                                                      "relevant to your practice"),
                                 answers.what);
            formblocks::question(html, QT_TRANSLATE_NOOP("myfyrio::Report", "What did you learn?"), answers.learned);
            formblocks::question(html, QT_TRANSLATE_NOOP("myfyrio::Report", "What impact has it had on your practice?"),
                                 answers.changed);
            formblocks::question(
                html, QT_TRANSLATE_NOOP("myfyrio::Report", "What impact has it had on the people you work with?"), {});
        });
}

} // namespace myfyrio::reports

#pragma once

#include "core/cpd/regulator.h"
#include "core/journal/reflection.h"
#include "core/report/formanswers.h"
#include "core/report/reportcontent.h"
#include "core/report/titleblock.h"
#include "core/util/expected.h"

#include <QString>

#include <functional>

namespace myfyrio {

class ReportHtml;
class ReportSource;
struct CpdSelection;
struct ReportOptions;

/// The parts the regulators' CPD forms share: their title block and the
/// report around it, the frame of a form on one reflection, a question and
/// its answer, the CPD details of a reflection, the note on the form's
/// language, the note on private CPD left out, the reminder that nothing may
/// identify anyone, and a place to sign.
namespace formblocks {

/// What a form on one reflection (the NMC's account, Social Work England's
/// record) says around its questions. The texts are fixed labels.
struct ReflectionForm {
    const char* title;
    const char* purpose; ///< a note under the title: what the form is for
    Regulator regulator;
    bool withPeer; ///< the CPD details say whether it was a peer reflection
};

/// What a form on one reflection writes between its top and its end.
using ReflectionFormBody =
    std::function<void(ReportHtml& html, const Reflection& reflection, const FormAnswers& answers)>;

/// A form on the reflection the report asks for: the title block (private
/// unless the reflection is brought to supervision), the purpose, the note
/// on the form's language and the CPD details; then body; then the reminder
/// that nothing may identify anyone.
Expected<ReportContent> reflectionForm(const ReportSource& source, const ReflectionForm& form,
                                       const ReflectionFormBody& body);

/// The title block of a form on the CPD of a period: the owner, the period,
/// and the warning when private reflections are included.
TitleBlock periodTitle(const char* title, const ReportSource& source, const CpdSelection& selection);

/// A form's report without its HTML: the language and paper asked for, the
/// PDF's title and the page footer.
ReportContent content(const TitleBlock& title, const ReportOptions& options);

/// When private CPD was left out, says how much: text is a fixed label whose
/// %1 is the number.
void leftOutNote(ReportHtml& html, const char* text, int leftOut);

/// The question (a fixed label) as a heading, then the answer, or a note that
/// the reflection does not answer it yet.
void question(ReportHtml& html, const char* source, const QString& answer);

/// Date, kind of activity, hours, participatory, with a peer, and the standard.
void cpdFields(ReportHtml& html, const Reflection& reflection, bool withPeer);

/// For a regulator that publishes its forms in English only, a report that
/// is (also) in Welsh says so.
void languageNote(ReportHtml& html, Regulator regulator);

/// "Nothing in this form may identify…", the rule every regulator sets.
void confidentialityNote(ReportHtml& html);

/// A heading and lines for a name, a signature and a date.
void signatureLines(ReportHtml& html, const char* heading, const QString& name = {});

} // namespace formblocks

} // namespace myfyrio

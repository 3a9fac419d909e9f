#pragma once

#include "core/cpd/regulator.h"
#include "core/journal/reflection.h"

#include <QString>

namespace myfyrio {

class ReportHtml;

/// The parts the regulators' CPD forms share: a question and its answer,
/// the CPD details of a reflection, the note on the form's language, the
/// reminder that nothing may identify anyone, and a place to sign.
namespace formblocks {

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

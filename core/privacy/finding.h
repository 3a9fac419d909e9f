#pragma once

#include <QString>
#include <QVector>

namespace myfyrio {

/// The kinds of identifier the confidentiality guard looks for.
enum class IdentifierKind { NhsNumber, Postcode, DateOfBirth, PhoneNumber, EmailAddress, Name };

/// One identifier found in a text: what it is, where it is, and the words
/// around it on its line, so that the writer can judge it in context.
struct Finding {
    IdentifierKind kind = IdentifierKind::Name;
    int position = 0; ///< index of its first character in the scanned text
    int length = 0;   ///< in UTF-16 code units, as QString counts
    QString text;     ///< what was found, as written
    QString before;   ///< up to about forty characters before it on its line
    QString after;    ///< up to about forty characters after it on its line

    int end() const { return position + length; }
};

using Findings = QVector<Finding>;

} // namespace myfyrio

#pragma once

#include "core/attachments/attachment.h"
#include "core/util/expected.h"

#include <QCoreApplication>
#include <QStringList>

namespace myfyrio {

/// Copies of attachments written out so that the desktop's own application
/// can open them: each in a folder of its own inside a folder only the user
/// can enter (0700, in $XDG_RUNTIME_DIR, which the system clears at logout),
/// readable by the user alone (0600), under the file's own name. The copies
/// this run made are removed again with removeAll() (when Myfyrio closes);
/// nothing else there is ever touched.
class AttachmentCopies
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::AttachmentCopies)

public:
    /// Writes the bytes and returns the path of the copy.
    static Expected<QString> write(const Attachment& attachment, const QByteArray& bytes);

    /// The folder the copies go into (made 0700 when missing), or a failure
    /// when it is not a folder of the user's own.
    static Expected<QString> folder();

    /// Removes every copy this run wrote, and their folders.
    static void removeAll();

private:
    static QStringList& written();
};

} // namespace myfyrio

#include "core/util/plainfile.h"

#include <QtGlobal>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace myfyrio::plainfile {

void Descriptor::reset(int fd)
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = fd;
}

int openAt(int folder, const char* name, struct stat& status)
{
    const int fd = ::openat(folder, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return -1;
    if (::fstat(fd, &status) != 0) {
        const int error = errno;
        ::close(fd);
        errno = error;
        return -1;
    }
    return fd;
}

bool readUpTo(int fd, qsizetype expected, qsizetype limit, QByteArray& bytes)
{
    // One byte more than expected when the limit allows, so that a file which grew is seen to.
    bytes.resize(qMin(expected + 1, limit));
    qsizetype total = 0;
    while (total < limit) {
        if (total == bytes.size())
            bytes.resize(qMin(bytes.size() * 2, limit));
        const ssize_t got = ::read(fd, bytes.data() + total, static_cast<size_t>(bytes.size() - total));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            bytes.truncate(total);
            return false;
        }
        if (got == 0)
            break; // the end, or a file that shrank meanwhile
        total += got;
    }
    bytes.truncate(total);
    return true;
}

} // namespace myfyrio::plainfile

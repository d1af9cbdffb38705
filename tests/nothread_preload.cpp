// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
//
// pthread_create() that fails for std::thread, as when a process has reached its limit of
// threads, and works for Qt's own threads (QTest's watchdog): preloaded into tst_logreader by the
// test tst_logreader_without_threads (tests/CMakeLists.txt), which checks that a long input is
// then scanned on the reading thread instead of ending the program.
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <cerrno>
#include <cstring>
#include <dlfcn.h>
#include <pthread.h>

using Create = int (*)(pthread_t *, const pthread_attr_t *, void *(*)(void *), void *);

extern "C" int pthread_create(pthread_t *thread, const pthread_attr_t *attr, void *(*start)(void *), void *arg)
{
    // std::thread starts every thread through a routine of libstdc++.
    Dl_info info{};
    if (dladdr(reinterpret_cast<void *>(start), &info) != 0 && info.dli_fname
        && std::strstr(info.dli_fname, "libstdc++") != nullptr)
        return EAGAIN;
    static const auto real = reinterpret_cast<Create>(dlsym(RTLD_NEXT, "pthread_create"));
    return real ? real(thread, attr, start, arg) : EAGAIN;
}

# pocketfft (BSD-3-Clause; the FFT library of NumPy and SciPy) is one C++ header that
# Debian does not package. The build takes it from NumPy's pinned source distribution on
# PyPI, checked by SHA-256, into the build tree with its licence beside it; nothing of it
# is kept in our sources. Offline: -DDPARRAY_POCKETFFT_DIR=<folder with
# pocketfft_hdronly.h and LICENSE.md>, or the archive placed in the download cache.
# Sets DPARRAY_POCKETFFT_INCLUDE_DIR and DPARRAY_POCKETFFT_LICENSE.

set(DPARRAY_POCKETFFT_NUMPY numpy-2.4.6)
set(DPARRAY_POCKETFFT_SHA256 f3a3570c4a2a16746ac2c31a7c7c7b0c186b95ce902e33db6f28094ed7387dda)
set(DPARRAY_POCKETFFT_URL
    "https://files.pythonhosted.org/packages/d0/ad/fed0499ce6a338d2a03ebae59cd15093910c8875328855781952abf6c2fe/${DPARRAY_POCKETFFT_NUMPY}.tar.gz")
set(DPARRAY_POCKETFFT_DIR "" CACHE PATH
    "Folder holding pocketfft_hdronly.h and its LICENSE.md (skips the download)")

function(dparray_get_pocketfft)
  if(DPARRAY_POCKETFFT_DIR)
    if(NOT EXISTS "${DPARRAY_POCKETFFT_DIR}/pocketfft_hdronly.h")
      message(FATAL_ERROR "DPARRAY_POCKETFFT_DIR=${DPARRAY_POCKETFFT_DIR} has no pocketfft_hdronly.h")
    endif()
    set(DPARRAY_POCKETFFT_INCLUDE_DIR "${DPARRAY_POCKETFFT_DIR}" PARENT_SCOPE)
    set(DPARRAY_POCKETFFT_LICENSE "${DPARRAY_POCKETFFT_DIR}/LICENSE.md" PARENT_SCOPE)
    return()
  endif()

  set(dest "${CMAKE_BINARY_DIR}/third_party/pocketfft")
  set(DPARRAY_POCKETFFT_INCLUDE_DIR "${dest}" PARENT_SCOPE)
  set(DPARRAY_POCKETFFT_LICENSE "${dest}/LICENSE.md" PARENT_SCOPE)
  if(EXISTS "${dest}/pocketfft_hdronly.h" AND EXISTS "${dest}/LICENSE.md")
    return()
  endif()

  # One download per machine: the archive is cached outside the build folder.
  if(DEFINED ENV{DPARRAY_DOWNLOAD_CACHE})
    set(cache "$ENV{DPARRAY_DOWNLOAD_CACHE}")
  elseif(DEFINED ENV{HOME})
    set(cache "$ENV{HOME}/.cache/dparray/downloads")
  else()
    set(cache "${CMAKE_BINARY_DIR}/third_party")
  endif()
  set(archive "${cache}/${DPARRAY_POCKETFFT_NUMPY}.tar.gz")
  if(EXISTS "${archive}")
    file(SHA256 "${archive}" have)
    if(NOT have STREQUAL DPARRAY_POCKETFFT_SHA256)
      file(REMOVE "${archive}")
    endif()
  endif()
  if(NOT EXISTS "${archive}")
    message(STATUS "Downloading pocketfft (in ${DPARRAY_POCKETFFT_NUMPY}'s sdist) from PyPI")
    file(DOWNLOAD "${DPARRAY_POCKETFFT_URL}" "${archive}.part" STATUS st TLS_VERIFY ON)
    list(GET st 0 code)
    list(GET st 1 why)
    if(code EQUAL 0)
      file(SHA256 "${archive}.part" have)
      if(NOT have STREQUAL DPARRAY_POCKETFFT_SHA256)
        set(code 1)
        set(why "SHA-256 ${have} differs from the pinned one")
      endif()
    endif()
    if(NOT code EQUAL 0)
      file(REMOVE "${archive}.part")
      message(FATAL_ERROR
        "pocketfft (the FFT library) could not be obtained: downloading ${DPARRAY_POCKETFFT_URL} "
        "failed (${why}). Without network access, place that file (SHA-256 "
        "${DPARRAY_POCKETFFT_SHA256}) at ${archive}, or pass -DDPARRAY_POCKETFFT_DIR=<folder "
        "with pocketfft_hdronly.h and LICENSE.md> (from numpy/fft/pocketfft/ of NumPy's sdist).")
    endif()
    file(RENAME "${archive}.part" "${archive}")
  endif()

  set(inner "${DPARRAY_POCKETFFT_NUMPY}/numpy/fft/pocketfft")
  set(tmp "${CMAKE_BINARY_DIR}/third_party/extract")
  file(REMOVE_RECURSE "${tmp}")
  file(ARCHIVE_EXTRACT INPUT "${archive}" DESTINATION "${tmp}"
       PATTERNS "${inner}/pocketfft_hdronly.h" "${inner}/LICENSE.md")
  if(NOT EXISTS "${tmp}/${inner}/pocketfft_hdronly.h")
    message(FATAL_ERROR "${archive} has no ${inner}/pocketfft_hdronly.h")
  endif()
  file(MAKE_DIRECTORY "${dest}")
  file(COPY "${tmp}/${inner}/pocketfft_hdronly.h" "${tmp}/${inner}/LICENSE.md" DESTINATION "${dest}")
  file(REMOVE_RECURSE "${tmp}")
endfunction()

dparray_get_pocketfft()

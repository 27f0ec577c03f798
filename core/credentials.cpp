#include "credentials.h"

namespace berth {

bool Credentials::isEmpty() const
{
    return username.isEmpty() && secret.isEmpty();
}

} // namespace berth

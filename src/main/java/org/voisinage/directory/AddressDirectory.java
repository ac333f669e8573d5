package org.voisinage.directory;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The directory module's API: find and match addresses. */
@Service
@Transactional(readOnly = true)
public class AddressDirectory {

    public Optional<DirectoryAddress> find(String id) {
        throw new UnsupportedOperationException("to be built in the directory module");
    }

    /** Normalises the query and looks for that exact address; without one, up to 5 suggestions. */
    public AddressMatch match(AddressQuery query) {
        throw new UnsupportedOperationException("to be built in the directory module");
    }
}

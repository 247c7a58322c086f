import { Navigate } from 'react-router';
import { useSignedInUser } from '../hooks/use-signed-in-user';
import { startPath } from '../start-path';

/** Sends each person to where their work starts; the layout has already turned away anyone else. */
export const HomePage = () => <Navigate to={startPath(useSignedInUser().roles)} replace />;
